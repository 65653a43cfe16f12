using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Marrakesh.Modules.States;
using Marrakesh.Platform.ApiContract;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Versions;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Hub;

/// <summary>
/// Changes a request (with If-Match): its content while it is open; on a closed request, only the State's feedback.
/// The State's focal points and the secretariat do this.
/// </summary>
public sealed class ChangeRequest(AppDbContext db, InputValidator validator, RequestAccess access, RecordHistory history, RequestQueries queries)
{
    /// <summary>What changes (only the fields sent; an empty text clears an optional one), or, on a closed request, the State's feedback.</summary>
    public sealed record Input : RequestFields, IValidatableObject
    {
        /// <summary>Not accepted unless it is the request's own State: the requesting State cannot change.</summary>
        [StatesContract.State]
        public string? State { get; init; }

        /// <summary>On a closed request: the State's feedback on the support received (at most 2,000 characters).</summary>
        [RequiredToKeep, TextLength(SupportRequestConfiguration.NoteMax, MultiLine = true)]
        public string? Feedback { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => DateProblems();
    }

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPatch("/requests/{id:guid}", async Task<Ok<RequestOutput>> (
            Guid id, Input input, ClaimsPrincipal user, ChangeRequest change, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var changed = await change.ExecuteAsync(user, id, Versioning.ExpectedVersion(request), input, ct);
            return Versioning.OkWithETag(response, changed, changed.Version);
        }).WithName("ChangeHubRequest")
            .WithSummary("Change an open request, or add the State's feedback to a closed one (send If-Match)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity).ReadsIfMatch();

    public async Task<RequestOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, int expectedVersion, Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var request = await access.LoadForChangeAsync(user, id, cancellationToken);
        Versioning.Check(expectedVersion, request.Version);
        if (input.State is not null && !string.Equals(input.State.Trim(), request.StateIso3, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidInputException("state", ValidationText.Get("StateFixed"));
        }
        if (input with { State = null, Feedback = null } != new Input())
        {
            if (!request.IsOpen)
            {
                throw new DomainRuleException($"This request is {request.Status}; only the State's feedback may still be added.");
            }
            RequestRules.Apply(request, input);
        }
        if (input.Feedback is not null)
        {
            if (request.Status != HubVocabulary.Closed)
            {
                throw new DomainRuleException("Feedback is given once the request is closed.", "feedback");
            }
            request.Feedback = input.Feedback.Trim();
        }
        var steps = await db.Set<SupportRequestStep>().AsNoTracking().Where(s => s.RequestId == id).ToListAsync(cancellationToken);
        await history.SaveAsync(request, SubmitRequest.Kind, () => RequestOutput.From(request, steps, [], history.Now, full: true),
            input.Feedback is not null ? "feedback" : "amended", reason: null, cancellationToken);
        return await queries.GetAsync(user, id, cancellationToken);
    }
}
