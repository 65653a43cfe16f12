using System.Security.Claims;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Versions;

namespace Marrakesh.Modules.Knowledge;

/// <summary>
/// An author's edit of a practice waiting for review or for their changes. An edit after changes were requested
/// sends it back to the secretariat (changes-requested → submitted).
/// </summary>
public sealed class EditPractice(AppDbContext db, PracticeAccess access, PracticeRules rules, RecordHistory history, IAuditActor actor, PracticeQueries queries)
{
    public async Task<PracticeOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, int expectedVersion, PracticeInput input, CancellationToken cancellationToken)
    {
        if (input.Organisation is not null)
        {
            throw new InvalidInputException("organisation", "Who carried out the practice cannot change; submit a new one.");
        }
        var practice = await access.LoadForEditAsync(user, id, expectedVersion, cancellationToken);
        practice.EnsureEditable();
        await rules.ApplyAsync(practice, input, cancellationToken);
        if (practice.Resubmit(actor.Name, history.Now) is { } step)
        {
            db.Set<PracticeStep>().Add(step);
        }
        await history.SaveAsync(practice, SubmitPractice.Kind, () => PracticeSummaryOutput.From(practice), "edited", reason: null, cancellationToken);
        return await queries.GetAsync(user, id, cancellationToken);
    }
}
