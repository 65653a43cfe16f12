using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Commitments;

/// <summary>A commitment as it stood after one change: the plan's own history, shown to the public once published.</summary>
public sealed class CommitmentVersion
{
    public long Id { get; init; }
    public Guid CommitmentId { get; init; }
    public int Version { get; init; }
    public DateTime At { get; init; }
    public required string Actor { get; init; }
    /// <summary>created, updated or published.</summary>
    public required string Change { get; init; }
    /// <summary>The commitment's fields as JSON (the API shape).</summary>
    public required string Snapshot { get; init; }
}

internal sealed class CommitmentVersionConfiguration : IEntityTypeConfiguration<CommitmentVersion>
{
    public void Configure(EntityTypeBuilder<CommitmentVersion> version)
    {
        version.ToTable("commitments_versions");
        version.Property(v => v.Actor).HasMaxLength(256);
        version.Property(v => v.Change).HasMaxLength(16);
        version.HasIndex(v => new { v.CommitmentId, v.Version }).IsUnique();
        version.HasOne<Commitment>().WithMany().HasForeignKey(v => v.CommitmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
