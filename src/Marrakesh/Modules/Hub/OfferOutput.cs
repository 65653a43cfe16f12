namespace Marrakesh.Modules.Hub;

/// <summary>An offer of support.</summary>
public sealed record OfferOutput(
    Guid Id, string Provider, string ProviderType, IReadOnlyList<int> Objectives, IReadOnlyList<string> Topics, IReadOnlyList<string> Languages,
    IReadOnlyList<string> Regions, string Modality, int Capacity, DateOnly? AvailableFrom, DateOnly? AvailableUntil, string? Description, DateTime CreatedAt)
{
    public static OfferOutput From(SupportOffer o) => new(
        o.Id, o.Provider, o.ProviderType, o.Objectives, o.Topics, o.Languages, o.Regions, o.Modality, o.Capacity, o.AvailableFrom, o.AvailableUntil,
        o.Description, o.CreatedAt);
}
