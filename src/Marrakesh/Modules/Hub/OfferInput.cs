namespace Marrakesh.Modules.Hub;

/// <summary>An offer of support. provider (for the secretariat; a stakeholder's own organisation by default), providerType,
/// objectives, languages, modality and capacity are required.</summary>
/// <param name="Provider">Who provides: the organisation's name or acronym, or the expert's name.</param>
/// <param name="ProviderType">un-network-member, partner-organisation or individual-expert.</param>
/// <param name="Objectives">Compact objectives the offer serves (1 to 23), at least one.</param>
/// <param name="Topics">Subject terms, e.g. "recruitment", "border management" (at most 20, each at most 60 characters).</param>
/// <param name="Languages">ISO 639-1 codes of the languages support is given in.</param>
/// <param name="Regions">Where: M49 region, sub-region or intermediate-region names (Africa, Northern Africa), regional commissions (ECA), or Global.</param>
/// <param name="Modality">advice, training, peer-exchange or joint-programme.</param>
/// <param name="Capacity">How many requests the provider can take on at once (1 to 1,000).</param>
/// <param name="AvailableFrom">Available from (yyyy-mm-dd).</param>
/// <param name="AvailableUntil">Available until (yyyy-mm-dd).</param>
/// <param name="Description">The offer in words.</param>
public sealed record OfferInput(
    string? Provider = null, string? ProviderType = null, List<int>? Objectives = null, List<string>? Topics = null, List<string>? Languages = null,
    List<string>? Regions = null, string? Modality = null, int? Capacity = null, DateOnly? AvailableFrom = null, DateOnly? AvailableUntil = null,
    string? Description = null);

/// <summary>An offer of support.</summary>
public sealed record OfferOutput(
    Guid Id, string Provider, string ProviderType, IReadOnlyList<int> Objectives, IReadOnlyList<string> Topics, IReadOnlyList<string> Languages,
    IReadOnlyList<string> Regions, string Modality, int Capacity, DateOnly? AvailableFrom, DateOnly? AvailableUntil, string? Description, DateTime CreatedAt)
{
    public static OfferOutput From(SupportOffer o) => new(
        o.Id, o.Provider, o.ProviderType, o.Objectives, o.Topics, o.Languages, o.Regions, o.Modality, o.Capacity, o.AvailableFrom, o.AvailableUntil,
        o.Description, o.CreatedAt);
}
