using Marrakesh.Modules.Commitments;
using Marrakesh.Modules.Reviews;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Versions;

namespace Marrakesh.Modules.Knowledge.Search;

/// <summary>
/// Keeps the search index in step with the other modules as they save: a pledge made or amended, a commitment
/// published or changed, a review published or amended is indexed (or dropped, once no longer public) in the same unit
/// of work, so search finds it at once. The other modules only record versions; they do not know the index exists.
/// </summary>
public sealed class SearchFreshness(
    AppDbContext db, SearchEntries entries, CommitmentsContract commitments, ReviewsContract reviews, StatesContract states) : IRecordChangeListener
{
    public async Task RecordChangedAsync(string kind, Guid id, CancellationToken cancellationToken)
    {
        var type = kind switch
        {
            CommitmentsContract.PledgeKind => SearchTypes.Pledge,
            CommitmentsContract.CommitmentKind => SearchTypes.Commitment,
            ReviewsContract.ReviewKind => SearchTypes.Review,
            _ => null,
        };
        if (type is null)
        {
            return;
        }
        var regions = await states.RegionsAsync(cancellationToken);
        var names = await states.NamesAsync(cancellationToken);
        SearchEntry? entry = type switch
        {
            SearchTypes.Pledge => await commitments.PledgeTextAsync(id, cancellationToken) is { } p ? SearchIndexer.PledgeEntry(p, regions) : null,
            SearchTypes.Commitment => await commitments.PublishedCommitmentTextAsync(id, cancellationToken) is { } c ? SearchIndexer.CommitmentEntry(c, names, regions) : null,
            _ => await reviews.PublishedReviewTextAsync(id, cancellationToken) is { } r ? SearchIndexer.ReviewEntry(r, names, regions) : null,
        };
        if (entry is null)
        {
            await entries.RemoveAsync(type, id.ToString(), cancellationToken);
        }
        else
        {
            await entries.PutAsync(entry, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await entries.ChangedAsync(cancellationToken);
    }
}
