using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Versions;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Hub;

/// <summary>
/// Submits a State's request for support. A focal point requests for its own State only; the secretariat may
/// submit on any State's behalf. The submission is the request's first step.
/// </summary>
public sealed class SubmitRequest(AppDbContext db, InputValidator validator, Guard guard, RecordHistory history, IAuditActor actor)
{
    public const string Kind = "hub-request";

    /// <summary>
    /// A State's request for support. state (for the secretariat; a focal point's own State by default), objectives,
    /// title, need, languages and modality are required.
    /// </summary>
    public sealed record Input : RequestFields, ICreatingInput, IValidatableObject
    {
        /// <summary>The requesting State (ISO3): the secretariat names it; a focal point requests for its own State.</summary>
        [StatesContract.State]
        public string? State { get; init; }

        /// <summary>Not accepted: feedback is given once the request is closed.</summary>
        public string? Feedback { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            foreach (var problem in DateProblems())
            {
                yield return problem;
            }
            if (Feedback is not null)
            {
                yield return new(ValidationText.Get("FeedbackAfterClosing"), [nameof(Feedback)]);
            }
        }
    }

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPost("/requests", async Task<Created<RequestOutput>> (
            Input input, ClaimsPrincipal user, SubmitRequest submit, HttpResponse response, CancellationToken ct) =>
        {
            var request = await submit.ExecuteAsync(user, input, ct);
            response.Headers.ETag = Versioning.ETagOf(request.Version);
            return TypedResults.Created($"/api/hub/requests/{request.Id}", request);
        }).WithName("SubmitHubRequest").WithSummary("Submit a State's request for support");

    public async Task<RequestOutput> ExecuteAsync(ClaimsPrincipal user, Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var state = await StateAsync(user, input.State);
        var now = history.Now;
        var request = new SupportRequest
        {
            Id = Guid.NewGuid(), StateIso3 = state, Title = "", Need = "", Modality = "", CreatedAt = now, StatusSince = now,
        };
        RequestRules.Apply(request, input);
        db.Set<SupportRequest>().Add(request);
        var step = new SupportRequestStep { RequestId = request.Id, From = null, To = HubVocabulary.Submitted, Actor = actor.Name, At = now };
        db.Set<SupportRequestStep>().Add(step);
        await history.SaveAsync(request, Kind, () => RequestOutput.From(request, [step], [], now, full: true), "created", reason: null, cancellationToken);
        return RequestOutput.From(request, [step], [], now, full: true);
    }

    /// <summary>The State the request is for: named by the secretariat, a focal point's own otherwise.</summary>
    private async Task<string> StateAsync(ClaimsPrincipal user, string? requested)
    {
        var state = requested?.Trim().ToUpperInvariant();
        var target = user.IsSecretariat()
            ? new RequestFor(state ?? throw new InvalidInputException("state", ValidationText.Get("Required")))
            : new RequestFor(state ?? user.StateIso3());
        await guard.RequireAsync(user, target, HubPermissions.RequestSupport);
        return target.Iso3!;
    }
}
