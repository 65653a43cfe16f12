using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Marrakesh.Platform.ApiContract;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Versions;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Hub;

/// <summary>
/// Moves a request one step on (submitted → assessed → partners-identified → in-implementation → closed), or declines it
/// from any open step. The secretariat does this; closing needs the outcome, declining a reason. Each move is a dated,
/// attributed step.
/// </summary>
public sealed class TransitionRequest(
    AppDbContext db, InputValidator validator, RequestAccess access, RecordHistory history, IAuditActor actor, RequestQueries queries)
{
    /// <summary>A move to the next step, or a decline.</summary>
    public sealed record Input : IValidatableObject
    {
        /// <summary>assessed, partners-identified, in-implementation, closed or declined.</summary>
        [RequiredField, OneOf(typeof(HubVocabulary), nameof(HubVocabulary.Moves))]
        public string? To { get; init; }

        /// <summary>What was done or decided (at most 2,000 characters).</summary>
        [TextLength(SupportRequestConfiguration.NoteMax, MultiLine = true)]
        public string? Note { get; init; }

        /// <summary>Required to close: what came of the request (at most 2,000 characters).</summary>
        [TextLength(SupportRequestConfiguration.NoteMax, MultiLine = true)]
        public string? Outcome { get; init; }

        /// <summary>Required to decline: why (at most 2,000 characters).</summary>
        [TextLength(SupportRequestConfiguration.NoteMax, MultiLine = true)]
        public string? Reason { get; init; }

        /// <summary>On closing: the State's feedback, if the secretariat records it on the State's behalf (at most 2,000 characters).</summary>
        [TextLength(SupportRequestConfiguration.NoteMax, MultiLine = true)]
        public string? Feedback { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            var to = OneOfAttribute.Canonical(To, HubVocabulary.Moves);
            if (to == HubVocabulary.Closed && string.IsNullOrWhiteSpace(Outcome))
            {
                yield return new(ValidationText.Get("OutcomeToClose"), [nameof(Outcome)]);
            }
            if (to == HubVocabulary.Declined && string.IsNullOrWhiteSpace(Reason))
            {
                yield return new(ValidationText.Get("ReasonToDecline"), [nameof(Reason)]);
            }
            if (to is not (HubVocabulary.Closed or HubVocabulary.Declined))
            {
                foreach (var (value, field) in new[] { (Outcome, nameof(Outcome)), (Reason, nameof(Reason)), (Feedback, nameof(Feedback)) })
                {
                    if (value is not null)
                    {
                        yield return new(ValidationText.Get("OnlyWhenClosing"), [field]);
                    }
                }
            }
        }
    }

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPost("/requests/{id:guid}/transition", async Task<Ok<RequestOutput>> (
            Guid id, Input input, ClaimsPrincipal user, TransitionRequest transition, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var moved = await transition.ExecuteAsync(user, id, request.Headers.IfMatch.Count > 0 ? Versioning.ExpectedVersion(request) : null, input, ct);
            return Versioning.OkWithETag(response, moved, moved.Version);
        }).WithName("TransitionHubRequest")
            .WithSummary("Move a request one step on, or decline it (secretariat; If-Match optional)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ReadsIfMatch(required: false);

    public async Task<RequestOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, int? expectedVersion, Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var request = await access.LoadForSecretariatAsync(user, id, cancellationToken);
        if (expectedVersion is { } expected)
        {
            Versioning.Check(expected, request.Version);
        }
        var to = OneOfAttribute.Canonical(input.To, HubVocabulary.Moves)!;
        var note = RequestRules.Blank(input.Note);
        var from = request.Status;
        request.MoveTo(to, history.Now);
        if (to == HubVocabulary.Closed)
        {
            request.Outcome = input.Outcome!.Trim();
            request.Feedback = RequestRules.Blank(input.Feedback) ?? request.Feedback;
        }
        else if (to == HubVocabulary.Declined)
        {
            request.DeclineReason = input.Reason!.Trim();
        }
        db.Set<SupportRequestStep>().Add(new SupportRequestStep { RequestId = id, From = from, To = to, Note = note, Actor = actor.Name, At = history.Now });
        await history.SaveAsync(request, SubmitRequest.Kind, () => new { request.Id, request.Status, request.Outcome, request.DeclineReason, note },
            "moved", reason: null, cancellationToken);
        return await queries.GetAsync(user, id, cancellationToken);
    }
}
