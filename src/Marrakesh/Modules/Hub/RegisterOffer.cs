using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.Network;
using Marrakesh.Platform.Localization;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Hub;

/// <summary>
/// Registers an offer of support. A stakeholder offers in its own organisation's name only; the secretariat may register
/// an offer on a provider's behalf.
/// </summary>
public sealed class RegisterOffer(AppDbContext db, InputValidator validator, Guard guard, TimeProvider clock, NetworkContract network)
{
    public const int MaxCapacity = 1000;
    public const int MaxTopics = 20;
    public const int TopicMax = 60;

    /// <summary>
    /// An offer of support. provider (for the secretariat; a stakeholder's own organisation by default), providerType,
    /// objectives, languages, modality and capacity are required.
    /// </summary>
    public sealed record Input : IValidatableObject
    {
        /// <summary>Who provides: the organisation's name or acronym, or the expert's name (at most 200 characters).</summary>
        [TextLength(200)]
        public string? Provider { get; init; }

        /// <summary>un-network-member, partner-organisation or individual-expert.</summary>
        [RequiredField, OneOf(typeof(HubVocabulary), nameof(HubVocabulary.ProviderTypes))]
        public string? ProviderType { get; init; }

        /// <summary>Compact objectives the offer serves (1 to 23), at least one.</summary>
        [RequiredField, CatalogueContract.Objective]
        public List<int>? Objectives { get; init; }

        /// <summary>Subject terms, e.g. "recruitment", "border management" (at most 20, each at most 60 characters).</summary>
        [ListItems(Max = MaxTopics), TextLength(TopicMax)]
        public List<string>? Topics { get; init; }

        /// <summary>ISO 639-1 codes of the languages support is given in, at least one.</summary>
        [RequiredField, ListItems, LanguageCode]
        public List<string>? Languages { get; init; }

        /// <summary>Where: M49 region, sub-region or intermediate-region names (Africa, Northern Africa), regional commissions (ECA), or Global.</summary>
        [ListItems, OfferRegion]
        public List<string>? Regions { get; init; }

        /// <summary>advice, training, peer-exchange or joint-programme.</summary>
        [RequiredField, OneOf(typeof(HubVocabulary), nameof(HubVocabulary.Modalities))]
        public string? Modality { get; init; }

        /// <summary>How many requests the provider can take on at once (1 to 1,000).</summary>
        [RequiredField, Between(1, MaxCapacity)]
        public int? Capacity { get; init; }

        /// <summary>Available from (yyyy-mm-dd).</summary>
        public DateOnly? AvailableFrom { get; init; }

        /// <summary>Available until (yyyy-mm-dd), not before the start.</summary>
        public DateOnly? AvailableUntil { get; init; }

        /// <summary>The offer in words (at most 2,000 characters).</summary>
        [TextLength(2000, MultiLine = true)]
        public string? Description { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (AvailableFrom is { } from && AvailableUntil is { } until && until < from)
            {
                yield return new(RequestRules.EndBeforeStart(from, until), [nameof(AvailableUntil)]);
            }
        }
    }

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPost("/offers", async Task<Created<OfferOutput>> (Input input, ClaimsPrincipal user, RegisterOffer register, CancellationToken ct) =>
        {
            var offer = await register.ExecuteAsync(user, input, ct);
            return TypedResults.Created($"/api/hub/offers/{offer.Id}", offer);
        }).WithName("RegisterHubOffer").WithSummary("Register an offer of support");

    public async Task<OfferOutput> ExecuteAsync(ClaimsPrincipal user, Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var provider = await ProviderAsync(user, input.Provider);
        var providerType = OneOfAttribute.Canonical(input.ProviderType, HubVocabulary.ProviderTypes)!;
        if (providerType == HubVocabulary.UnNetworkMember)
        {
            // An offer in a UN Network member's name names a member the platform records, by its acronym from then on.
            provider = await network.RequireMemberNamedAsync(provider, "provider", cancellationToken);
        }
        var offer = new SupportOffer
        {
            Id = Guid.NewGuid(),
            Provider = provider,
            ProviderType = providerType,
            Objectives = [.. input.Objectives!.Distinct().Order()],
            Topics = input.Topics is { } topics ? [.. topics.Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)] : [],
            Languages = Languages.Codes(input.Languages!),
            Regions = input.Regions is { } regions ? [.. regions.Select(r => HubVocabulary.Region(r)!).Distinct()] : [],
            Modality = OneOfAttribute.Canonical(input.Modality, HubVocabulary.Modalities)!,
            Capacity = input.Capacity!.Value,
            AvailableFrom = input.AvailableFrom,
            AvailableUntil = input.AvailableUntil,
            Description = RequestRules.Blank(input.Description),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Set<SupportOffer>().Add(offer);
        await db.SaveChangesAsync(cancellationToken);
        return OfferOutput.From(offer);
    }

    /// <summary>Who provides: as the secretariat names it, or the caller's own organisation.</summary>
    private async Task<string> ProviderAsync(ClaimsPrincipal user, string? provider)
    {
        var offer = user.IsSecretariat()
            ? new OfferBy(RequestRules.Blank(provider) ?? throw new InvalidInputException("provider", ValidationText.Get("Required")))
            : new OfferBy(provider?.Trim() ?? user.Organisation());
        await guard.RequireAsync(user, offer, HubPermissions.OfferAs);
        // A stakeholder's offer carries its organisation's name as the account holds it.
        return user.IsSecretariat() ? offer.Provider! : user.Organisation()!;
    }
}
