using System.Security.Claims;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Versions;
using Marrakesh.Platform.Web;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Hub;

/// <summary>
/// Moves a request one step on (submitted → assessed → partners-identified → in-implementation → closed), or declines it
/// from any open step. The secretariat does this; closing needs the outcome, declining a reason. Each move is a dated,
/// attributed step.
/// </summary>
public sealed class TransitionRequest(AppDbContext db, RequestAccess access, RecordHistory history, IAuditActor actor, RequestQueries queries)
{
    public async Task<RequestOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, int? expectedVersion, TransitionInput input, CancellationToken cancellationToken)
    {
        var request = await access.LoadForSecretariatAsync(user, id, cancellationToken);
        if (expectedVersion is { } expected)
        {
            Versioning.Check(expected, request.Version);
        }
        var to = OneOfAttribute.Require(input.To, HubVocabulary.Statuses.Skip(1).ToList(), "to");
        var note = InputText.Trimmed(input.Note, "note", SupportRequestConfiguration.NoteMax);
        var from = request.Status;
        request.MoveTo(to, history.Now);
        switch (to)
        {
            case HubVocabulary.Closed:
                request.Outcome = InputText.Trimmed(input.Outcome, "outcome", SupportRequestConfiguration.NoteMax)
                    ?? throw new InvalidInputException("outcome", "Say what came of the request to close it.");
                request.Feedback = InputText.Trimmed(input.Feedback, "feedback", SupportRequestConfiguration.NoteMax) ?? request.Feedback;
                break;
            case HubVocabulary.Declined:
                request.DeclineReason = InputText.Trimmed(input.Reason, "reason", SupportRequestConfiguration.NoteMax)
                    ?? throw new InvalidInputException("reason", "Say why the request is declined.");
                break;
            default:
                if (input.Outcome is not null || input.Reason is not null || input.Feedback is not null)
                {
                    throw new InvalidInputException(input.Outcome is not null ? "outcome" : input.Reason is not null ? "reason" : "feedback",
                        "An outcome and feedback come with closing, a reason with declining.");
                }
                break;
        }
        db.Set<SupportRequestStep>().Add(new SupportRequestStep { RequestId = id, From = from, To = to, Note = note, Actor = actor.Name, At = history.Now });
        await history.SaveAsync(request, SubmitRequest.Kind, () => new { request.Id, request.Status, request.Outcome, request.DeclineReason, note },
            "moved", reason: null, cancellationToken);
        return await queries.GetAsync(user, id, cancellationToken);
    }
}
