using System.Security.Claims;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Hub;

/// <summary>
/// Ranks the offers for a request, best first, with the reasons for every point; the offers the secretariat engaged come
/// first as chosen. Besides: similar past requests and how they ended. For the State's focal points and the secretariat.
/// Candidates are the offers sharing at least one objective, taken from the <see cref="OfferCache"/> and scored in memory.
/// </summary>
public sealed class MatchOffers(AppDbContext db, StatesContract states, TimeProvider clock, OfferCache cache, RequestAccess access)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
    public const int SimilarLimit = 5;

    public async Task<MatchesOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, int? limit, CancellationToken cancellationToken)
    {
        var take = limit ?? DefaultLimit;
        if (take is < 1 or > MaxLimit)
        {
            throw new InvalidInputException("limit", $"Use a whole number from 1 to {MaxLimit}.");
        }
        var request = await access.LoadToActOnAsync(user, id, forChange: false, cancellationToken);
        var objectives = request.Objectives;
        var offers = (await cache.CurrentAsync(db, cancellationToken)).Where(o => o.Objectives.Any(objectives.Contains)).ToList();
        var engaged = await (
            from p in db.Set<SupportRequestPartner>()
            join r in db.Set<SupportRequest>() on p.RequestId equals r.Id
            where r.Status != HubVocabulary.Closed && r.Status != HubVocabulary.Declined
            group p by p.OfferId into g
            select new { OfferId = g.Key, Open = g.Count(), Here = g.Count(p => p.RequestId == id) })
            .ToDictionaryAsync(e => e.OfferId, e => (e.Open, e.Here), cancellationToken);
        var scorer = new MatchScore(request, await states.PlaceOfAsync(request.StateIso3, cancellationToken), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var chosen = await db.Set<SupportRequestPartner>().AsNoTracking().Where(p => p.RequestId == id).Select(p => p.OfferId).ToListAsync(cancellationToken);
        int Elsewhere(Guid offer) => engaged.GetValueOrDefault(offer) is var (open, here) ? open - here : 0;
        var ranked = offers.Select(o => (Offer: o, Score: scorer.Of(o, Elsewhere(o.Id), withoutReasons: true), Chosen: chosen.Contains(o.Id)))
            .OrderByDescending(m => m.Chosen).ThenByDescending(m => m.Score).ThenBy(m => m.Offer.CreatedAt).ThenBy(m => m.Offer.Id)
            .Take(take)
            .Select(m => new MatchOutput(m.Offer.Id, m.Offer.Provider, m.Offer.ProviderType, m.Score, m.Chosen, scorer.Of(m.Offer, Elsewhere(m.Offer.Id)).Reasons))
            .ToList();
        return new MatchesOutput(ranked, offers.Count, await SimilarAsync(user, request, cancellationToken));
    }

    /// <summary>Other requests sharing objectives: the finished ones first, with their outcome, then by objectives shared and recency.</summary>
    private async Task<List<SimilarRequestOutput>> SimilarAsync(ClaimsPrincipal user, SupportRequest request, CancellationToken cancellationToken)
    {
        var objectives = request.Objectives;
        var others = await RequestAccess.Visible(db.Set<SupportRequest>().AsNoTracking(), user)
            .Where(r => r.Id != request.Id && r.Objectives.Any(x => objectives.Contains(x)))
            .Select(r => new { r.Id, r.StateIso3, r.Title, r.Status, r.Outcome, r.DeclineReason, r.Objectives, r.UpdatedAt })
            .ToListAsync(cancellationToken);
        return [.. others
            .Select(r => new { Request = r, Shared = r.Objectives.Where(objectives.Contains).ToList(), Finished = !HubVocabulary.IsOpen(r.Status) })
            .OrderByDescending(r => r.Finished).ThenByDescending(r => r.Shared.Count).ThenByDescending(r => r.Request.UpdatedAt).ThenBy(r => r.Request.Id)
            .Take(SimilarLimit)
            .Select(r => new SimilarRequestOutput(r.Request.Id, r.Request.StateIso3, r.Request.Title, r.Request.Status,
                r.Request.Outcome ?? r.Request.DeclineReason, r.Shared))];
    }
}

/// <summary>The ranked offers for a request.</summary>
/// <param name="Items">The best offers first (chosen ones before all).</param>
/// <param name="Total">How many offers share an objective with the request.</param>
/// <param name="Similar">Similar past requests and their outcomes.</param>
public sealed record MatchesOutput(IReadOnlyList<MatchOutput> Items, int Total, IReadOnlyList<SimilarRequestOutput> Similar);

/// <summary>One ranked offer.</summary>
/// <param name="OfferId">The offer.</param>
/// <param name="Provider">Who provides it.</param>
/// <param name="ProviderType">What kind of provider.</param>
/// <param name="Score">Out of 100 (less when the offer's capacity is taken).</param>
/// <param name="Chosen">Engaged for this request by the secretariat.</param>
/// <param name="Reasons">Why, with the points of each reason.</param>
public sealed record MatchOutput(Guid OfferId, string Provider, string ProviderType, int Score, bool Chosen, IReadOnlyList<string> Reasons);

/// <summary>A similar request.</summary>
/// <param name="Id">The request.</param>
/// <param name="State">The requesting State.</param>
/// <param name="Title">Its title.</param>
/// <param name="Status">Its status.</param>
/// <param name="Outcome">How it ended: the outcome, or the reason for declining.</param>
/// <param name="SharedObjectives">Objectives it shares with this request.</param>
public sealed record SimilarRequestOutput(Guid Id, string State, string Title, string Status, string? Outcome, IReadOnlyList<int> SharedObjectives);
