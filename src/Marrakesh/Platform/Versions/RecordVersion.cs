using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Platform.Versions;

/// <summary>
/// A versioned record (commitment, pledge, review) as it stood after one change, with who, when and why: the record's own history,
/// public like the record itself. (The audit trail keeps the raw before/after of every write besides.)
/// </summary>
public sealed class RecordVersion
{
    public long Id { get; init; }
    /// <summary>commitment, pledge or review.</summary>
    public required string Kind { get; init; }
    public Guid RecordId { get; init; }
    public int Version { get; init; }
    public DateTime At { get; init; }
    public required string Actor { get; init; }
    /// <summary>created, updated, published, amended or progress.</summary>
    public required string Change { get; init; }
    /// <summary>Why it changed, where the change needs a reason (pledge amendments).</summary>
    public string? Reason { get; init; }
    /// <summary>The record's API shape as JSON.</summary>
    public required string Snapshot { get; init; }
}

/// <summary>A record whose changes are versioned: the version is its ETag and concurrency token.</summary>
public interface IVersionedRecord
{
    Guid Id { get; }
    int Version { get; set; }
    DateTime UpdatedAt { get; set; }
}

internal sealed class RecordVersionConfiguration : IEntityTypeConfiguration<RecordVersion>
{
    public void Configure(EntityTypeBuilder<RecordVersion> version)
    {
        version.ToTable("platform_record_versions");
        version.Property(v => v.Kind).HasMaxLength(16);
        version.Property(v => v.Actor).HasMaxLength(256);
        version.Property(v => v.Change).HasMaxLength(16);
        version.Property(v => v.Reason).HasMaxLength(1000);
        version.HasIndex(v => new { v.Kind, v.RecordId, v.Version }).IsUnique();
    }
}
