using Marrakesh.Modules.Catalogue;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Hub;

/// <summary>Filters for the offer list; every one optional.</summary>
/// <param name="Objective">An objective number.</param>
/// <param name="ProviderType">un-network-member, partner-organisation or individual-expert.</param>
/// <param name="Modality">advice, training, peer-exchange or joint-programme.</param>
/// <param name="Provider">A provider's name.</param>
public sealed record OfferFilter(string? Objective = null, string? ProviderType = null, string? Modality = null, string? Provider = null);

/// <summary>Reads of offers, for signed-in people.</summary>
public sealed class OfferQueries(AppDbContext db, CatalogueContract catalogue)
{
    /// <summary>One offer, as the list shows it (offers are seen by every signed-in caller).</summary>
    public async Task<OfferOutput> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Set<SupportOffer>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is { } offer
            ? OfferOutput.From(offer) : throw new Platform.Errors.NotFoundException("No such offer.");

    public async Task<ListOutput<OfferOutput>> PageAsync(OfferFilter filter, Paging paging, CancellationToken cancellationToken)
    {
        var query = db.Set<SupportOffer>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Objective))
        {
            var objective = await catalogue.RequireObjectiveAsync(filter.Objective, "objective", cancellationToken);
            query = query.Where(o => o.Objectives.Contains(objective));
        }
        if (!string.IsNullOrWhiteSpace(filter.ProviderType))
        {
            var type = OneOfAttribute.Require(filter.ProviderType, HubVocabulary.ProviderTypes, "providerType");
            query = query.Where(o => o.ProviderType == type);
        }
        if (!string.IsNullOrWhiteSpace(filter.Modality))
        {
            var modality = OneOfAttribute.Require(filter.Modality, HubVocabulary.Modalities, "modality");
            query = query.Where(o => o.Modality == modality);
        }
        if (!string.IsNullOrWhiteSpace(filter.Provider))
        {
            var provider = filter.Provider.Trim();
            query = query.Where(o => o.Provider == provider);
        }
        var total = await query.CountAsync(cancellationToken);
        var offers = await query.OrderByDescending(o => o.CreatedAt).ThenBy(o => o.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return new ListOutput<OfferOutput>([.. offers.Select(OfferOutput.From)], total, paging.Page, paging.PageSize);
    }
}
