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
        // Read the record first: a draft (most saves of a review or a plan) costs one query and indexes nothing. Then only
        // the States the record names are looked up.
        object? text = type switch
        {
            SearchTypes.Pledge => await commitments.PledgeTextAsync(id, cancellationToken),
            SearchTypes.Commitment => await commitments.PublishedCommitmentTextAsync(id, cancellationToken),
            _ => await reviews.PublishedReviewTextAsync(id, cancellationToken),
        };
        var codes = text switch
        {
            CommitmentsContract.PledgeText p => p.States.Append(p.OwnerState).OfType<string>().ToList(),
            CommitmentsContract.CommitmentText c => [c.State],
            ReviewsContract.ReviewText r => [r.State],
            _ => new List<string>(),
        };
        var (names, regions) = codes.Count == 0 ? ([], []) : await states.NamesAndRegionsAsync(codes, cancellationToken);
        SearchEntry? entry = text switch
        {
            CommitmentsContract.PledgeText p => SearchIndexer.PledgeEntry(p, regions),
            CommitmentsContract.CommitmentText c => SearchIndexer.CommitmentEntry(c, names, regions),
            ReviewsContract.ReviewText r => SearchIndexer.ReviewEntry(r, names, regions),
            _ => null,
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
    }
}
