using Marrakesh.Platform.Versions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Network;

/// <summary>A workstream of the Network, led by some of its members. None is shipped: the record lists none.</summary>
public sealed class NetworkWorkstream : IVersionedRecord
{
    public Guid Id { get; init; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    /// <summary>Acronyms of the leading members.</summary>
    public List<string> Leads { get; set; } = [];
    /// <summary>Compact objectives the workstream serves.</summary>
    public List<int> Objectives { get; set; } = [];
    public required string Source { get; set; }
    public int Version { get; set; } = 1;
    public DateTime UpdatedAt { get; set; }
}

internal sealed class NetworkWorkstreamConfiguration : IEntityTypeConfiguration<NetworkWorkstream>
{
    public void Configure(EntityTypeBuilder<NetworkWorkstream> workstream)
    {
        workstream.ToTable("network_workstreams");
        workstream.HasIndex(w => w.Name).IsUnique();
        workstream.Property(w => w.Name).HasMaxLength(NetworkVocabulary.NameMax);
        workstream.Property(w => w.Description).HasMaxLength(NetworkVocabulary.DescriptionMax);
        workstream.Property(w => w.Source).HasMaxLength(NetworkVocabulary.SourceMax);
        workstream.Property(w => w.Version).IsConcurrencyToken();
    }
}
