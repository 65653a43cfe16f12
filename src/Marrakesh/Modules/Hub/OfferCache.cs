using Marrakesh.Platform.Data;
using Marrakesh.Platform.Freshness;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Hub;

/// <summary>
/// The offers as matching needs them, kept in memory between requests. Registering an offer, on any server sharing the
/// database, moves the offers topic on (ADR 0017); a match reloads only then, and otherwise reads nothing but the
/// requests it matches. Reading and parsing thousands of rows of list columns was most of a match's time (ADR 0008).
/// </summary>
public sealed class OfferCache(CacheGenerations generations)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private (long Generation, IReadOnlyList<SupportOffer> Offers)? held;

    public async Task<IReadOnlyList<SupportOffer>> CurrentAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        // Read before loading: an offer committed while loading moves it on, and the next match loads again.
        var generation = generations.Current(CacheTopics.Offers);
        if (held is { } now && now.Generation == generation)
        {
            Platform.Operations.MarrakeshMetrics.CacheLookup("hub-offers", hit: true);
            return now.Offers;
        }
        Platform.Operations.MarrakeshMetrics.CacheLookup("hub-offers", hit: false);
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (held is not { } loaded || loaded.Generation != generation)
            {
                var offers = await db.Set<SupportOffer>().AsNoTracking().OrderBy(o => o.CreatedAt).ThenBy(o => o.Id).ToListAsync(cancellationToken);
                held = (generation, offers);
            }
            return held.Value.Offers;
        }
        finally
        {
            gate.Release();
        }
    }
}
