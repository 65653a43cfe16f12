using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Web;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Hub;

/// <summary>
/// Registers an offer of support. A stakeholder offers in its own organisation's name only; the secretariat may register
/// an offer on a provider's behalf.
/// </summary>
public sealed class RegisterOffer(AppDbContext db, CatalogueContract catalogue, StatesContract states, TimeProvider clock)
{
    public const int MaxCapacity = 1000;

    public async Task<OfferOutput> ExecuteAsync(ClaimsPrincipal user, OfferInput input, CancellationToken cancellationToken)
    {
        var provider = Provider(user, input.Provider);
        var offer = new SupportOffer
        {
            Id = Guid.NewGuid(),
            Provider = provider,
            ProviderType = OneOfAttribute.Require(input.ProviderType, HubVocabulary.ProviderTypes, "providerType"),
            Objectives = await RequestRules.ObjectivesAsync(catalogue, input.Objectives, cancellationToken),
            Topics = Topics(input.Topics),
            Languages = HubVocabulary.Languages(input.Languages, "languages"),
            Regions = await RegionsAsync(input.Regions, cancellationToken),
            Modality = OneOfAttribute.Require(input.Modality, HubVocabulary.Modalities, "modality"),
            Capacity = input.Capacity is >= 1 and <= MaxCapacity ? input.Capacity.Value
                : throw new InvalidInputException("capacity", $"Say how many requests the provider can take on at once, 1 to {MaxCapacity:N0}."),
            AvailableFrom = input.AvailableFrom,
            AvailableUntil = input.AvailableUntil,
            Description = InputText.Trimmed(input.Description, "description", 2000),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        if (offer.AvailableFrom is { } from && offer.AvailableUntil is { } until && until < from)
        {
            throw new InvalidInputException("availableUntil", $"The end ({until:yyyy-MM-dd}) comes before the start ({from:yyyy-MM-dd}).");
        }
        db.Set<SupportOffer>().Add(offer);
        await db.SaveChangesAsync(cancellationToken);
        return OfferOutput.From(offer);
    }

    private static string Provider(ClaimsPrincipal user, string? provider)
    {
        if (user.IsSecretariat())
        {
            return InputText.Trimmed(provider, "provider", 200) ?? throw new InvalidInputException("provider", "Say who provides the support.");
        }
        if (user.IsInRole(Roles.Stakeholder) && user.Organisation() is { } organisation)
        {
            return provider is null || string.Equals(provider.Trim(), organisation, StringComparison.OrdinalIgnoreCase)
                ? organisation
                : throw new ForbiddenException($"You offer in the name of {organisation} only.");
        }
        throw new ForbiddenException("Offers come from stakeholders (for their organisation) and from the secretariat on a provider's behalf.");
    }

    private static List<string> Topics(List<string>? topics)
    {
        var result = new List<string>();
        foreach (var raw in topics ?? [])
        {
            var topic = InputText.Trimmed(raw, "topics", 60) ?? throw new InvalidInputException("topics", "A topic cannot be empty.");
            if (!result.Contains(topic, StringComparer.OrdinalIgnoreCase))
            {
                result.Add(topic);
            }
        }
        return result.Count <= 20 ? result : throw new InvalidInputException("topics", "Name at most 20 topics.");
    }

    private async Task<List<string>> RegionsAsync(List<string>? regions, CancellationToken cancellationToken)
    {
        if (regions is not { Count: > 0 })
        {
            return [];
        }
        var known = await states.RegionNamesAsync(cancellationToken);
        known.Add(HubVocabulary.Global);
        var result = new List<string>();
        foreach (var raw in regions)
        {
            var name = known.FirstOrDefault(k => string.Equals(k, raw?.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidInputException("regions", $"'{raw}' is not a region; use an M49 region or sub-region name (Africa, Northern Africa), a regional commission (ECA) or Global.");
            if (!result.Contains(name))
            {
                result.Add(name);
            }
        }
        return result;
    }
}
