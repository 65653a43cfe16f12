using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Hub;

/// <summary>
/// What a UN Network member, a partner organisation or an individual expert can provide through the hub:
/// under which objectives and topics, in which languages and regions, how, for how many requests at once, and when.
/// </summary>
public sealed class SupportOffer
{
    public Guid Id { get; init; }
    /// <summary>Who provides: an organisation's name or acronym, or the expert's name. Its stakeholders own the offer.</summary>
    public required string Provider { get; init; }
    public required string ProviderType { get; init; }
    public List<int> Objectives { get; set; } = [];
    /// <summary>Subject terms, matched as words against a request's title and need.</summary>
    public List<string> Topics { get; set; } = [];
    public List<string> Languages { get; set; } = [];
    /// <summary>M49 region, sub-region or intermediate-region names, regional commissions, or Global.</summary>
    public List<string> Regions { get; set; } = [];
    public required string Modality { get; set; }
    /// <summary>How many requests the provider can take on at once.</summary>
    public int Capacity { get; set; }
    public DateOnly? AvailableFrom { get; set; }
    public DateOnly? AvailableUntil { get; set; }
    public string? Description { get; set; }
    public DateTime CreatedAt { get; init; }
}

internal sealed class SupportOfferConfiguration : IEntityTypeConfiguration<SupportOffer>
{
    public void Configure(EntityTypeBuilder<SupportOffer> offer)
    {
        offer.ToTable("hub_offers");
        offer.Property(o => o.Provider).HasMaxLength(200);
        offer.Property(o => o.ProviderType).HasMaxLength(32);
        offer.Property(o => o.Modality).HasMaxLength(32);
        offer.Property(o => o.Description).HasMaxLength(2000);
        offer.HasIndex(o => o.Provider);
        offer.HasIndex(o => o.CreatedAt);
    }
}
