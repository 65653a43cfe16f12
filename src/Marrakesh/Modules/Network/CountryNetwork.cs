using Marrakesh.Platform.Versions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Network;

/// <summary>
/// A regional or country network of the Network: for a country, convened under the UN resident coordinator. None is
/// shipped (no stored source lists them); the secretariat enters them.
/// </summary>
public sealed class CountryNetwork : IVersionedRecord
{
    public Guid Id { get; init; }
    /// <summary><see cref="NetworkVocabulary.Scopes"/>: country or regional.</summary>
    public required string Scope { get; set; }
    /// <summary>ISO3 of the State, for a country network; at most one per State.</summary>
    public string? State { get; set; }
    /// <summary>The region, for a regional network (an M49 region or sub-region, or a regional commission).</summary>
    public string? Region { get; set; }
    /// <summary>The resident coordinator's office that convenes it, as the source names it.</summary>
    public string? ResidentCoordinatorOffice { get; set; }
    /// <summary>Acronyms of the Network members that take part.</summary>
    public List<string> Members { get; set; } = [];
    /// <summary>Whether the country is a "champion" of the Compact; null when not recorded.</summary>
    public bool? Champion { get; set; }
    public required string Source { get; set; }
    public int Version { get; set; } = 1;
    public DateTime UpdatedAt { get; set; }
}

internal sealed class CountryNetworkConfiguration : IEntityTypeConfiguration<CountryNetwork>
{
    public void Configure(EntityTypeBuilder<CountryNetwork> network)
    {
        network.ToTable("network_country_networks");
        network.HasIndex(n => n.State).IsUnique();
        network.Property(n => n.Scope).HasMaxLength(16);
        network.Property(n => n.State).HasMaxLength(3);
        network.Property(n => n.Region).HasMaxLength(NetworkVocabulary.NameMax);
        network.Property(n => n.ResidentCoordinatorOffice).HasMaxLength(NetworkVocabulary.NameMax);
        network.Property(n => n.Source).HasMaxLength(NetworkVocabulary.SourceMax);
        network.Property(n => n.Version).IsConcurrencyToken();
    }
}
