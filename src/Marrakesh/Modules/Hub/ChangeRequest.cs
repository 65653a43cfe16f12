using System.Security.Claims;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Versions;
using Marrakesh.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Hub;

/// <summary>
/// Changes a request (with If-Match): its content while it is open; on a closed request, only the State's feedback.
/// The State's focal points and the secretariat do this.
/// </summary>
public sealed class ChangeRequest(AppDbContext db, RequestAccess access, RequestRules rules, RecordHistory history, RequestQueries queries)
{
    public async Task<RequestOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, int expectedVersion, RequestInput input, CancellationToken cancellationToken)
    {
        var request = await access.LoadForChangeAsync(user, id, cancellationToken);
        Versioning.Check(expectedVersion, request.Version);
        if (input.State is not null && !string.Equals(input.State.Trim(), request.StateIso3, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidInputException("state", "The requesting State cannot change; submit a new request.");
        }
        var content = input with { State = null, Feedback = null };
        if (content != new RequestInput())
        {
            if (!request.IsOpen)
            {
                throw new DomainRuleException($"This request is {request.Status}; only the State's feedback may still be added.");
            }
            await rules.ApplyAsync(request, content, cancellationToken);
        }
        if (input.Feedback is not null)
        {
            if (request.Status != HubVocabulary.Closed)
            {
                throw new DomainRuleException("Feedback is given once the request is closed.", "feedback");
            }
            request.Feedback = RequestRules.Required(input.Feedback, "feedback", SupportRequestConfiguration.NoteMax);
        }
        var steps = await db.Set<SupportRequestStep>().AsNoTracking().Where(s => s.RequestId == id).ToListAsync(cancellationToken);
        await history.SaveAsync(request, SubmitRequest.Kind, () => RequestOutput.From(request, steps, [], history.Now, full: true),
            input.Feedback is not null ? "feedback" : "amended", reason: null, cancellationToken);
        return await queries.GetAsync(user, id, cancellationToken);
    }
}
