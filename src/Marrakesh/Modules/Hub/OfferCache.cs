using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Hub;

/// <summary>
/// The offers as matching needs them, kept in memory between requests. Offers are only ever added, so their count and
/// latest creation time identify the set: each match checks that stamp with one indexed query and reloads only when an
/// offer was added (by any server sharing the database). Reading and parsing thousands of rows of list columns was most
/// of a match's time (ADR 0008).
/// </summary>
public sealed class OfferCache
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private (int Count, DateTime? Latest) stamp = (-1, null);
    private IReadOnlyList<SupportOffer> offers = [];

    public async Task<IReadOnlyList<SupportOffer>> CurrentAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var all = db.Set<SupportOffer>().AsNoTracking();
        var current = (await all.CountAsync(cancellationToken), await all.MaxAsync(o => (DateTime?)o.CreatedAt, cancellationToken));
        if (current == stamp)
        {
            Platform.Operations.MarrakeshMetrics.CacheLookup("hub-offers", hit: true);
            return offers;
        }
        Platform.Operations.MarrakeshMetrics.CacheLookup("hub-offers", hit: false);
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (current != stamp)
            {
                offers = await all.OrderBy(o => o.CreatedAt).ThenBy(o => o.Id).ToListAsync(cancellationToken);
                stamp = (offers.Count, offers.Count == 0 ? null : offers.Max(o => o.CreatedAt));
            }
            return offers;
        }
        finally
        {
            gate.Release();
        }
    }
}
