using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Modules.Knowledge.Search;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Versions;
using Marrakesh.Platform.Web;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Knowledge;

/// <summary>
/// The secretariat's review of a practice: start the review, request changes (with a comment for the author),
/// publish or reject (with a comment). Each decision is a dated, attributed step; publishing puts the practice
/// in the search index in the same transaction.
/// </summary>
public sealed class ReviewPractice(
    AppDbContext db, PracticeAccess access, RecordHistory history, IAuditActor actor, SearchEntries search, StatesContract states, PracticeQueries queries)
{
    public async Task<PracticeOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, PracticeReviewInput input, CancellationToken cancellationToken)
    {
        var practice = await access.LoadVisibleAsync(user, id, tracked: true, cancellationToken);
        if (!user.IsSecretariat())
        {
            throw new ForbiddenException("Only the secretariat reviews practices.");
        }
        var decision = OneOfAttribute.Require(input.Decision?.Trim() ?? "", ReviewDecision.All, "decision");
        var comment = InputText.Trimmed(input.Comment, "comment", PracticeRules.CommentMax);
        if (comment is null && decision is ReviewDecision.RequestChanges or ReviewDecision.Reject)
        {
            throw new InvalidInputException("comment", "Tell the author what to change, or why the practice is not published.");
        }
        var step = practice.Decide(decision, comment, actor.Name, history.Now);
        db.Set<PracticeStep>().Add(step);
        if (practice.IsPublic)
        {
            await search.PutAsync(Search.SearchIndexer.PracticeEntry(practice, (await states.NamesAndRegionsAsync(practice.Countries, cancellationToken)).Regions), cancellationToken);
        }
        await history.SaveAsync(practice, SubmitPractice.Kind, () => PracticeSummaryOutput.From(practice), decision, comment, cancellationToken);
        if (practice.IsPublic)
        {
            await search.ChangedAsync(cancellationToken);
        }
        return await queries.GetAsync(user, id, cancellationToken);
    }
}
