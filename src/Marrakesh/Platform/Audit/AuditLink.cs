using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Platform.Audit;

/// <summary>
/// One link of the audit chain: the entry sealed at this position and the hash that ties it to every entry before it
/// (<see cref="AuditChainHash"/>). Links are only ever appended, by <see cref="AuditSealer"/>; the database refuses
/// updates and deletes. Not audited itself: it only restates audited entries.
/// </summary>
public sealed class AuditLink : INotAudited
{
    /// <summary>1, 2, 3 … in the order entries were sealed.</summary>
    public long Position { get; init; }
    public long EntryId { get; init; }
    /// <summary>SHA-256, lowercase hex, of <see cref="PreviousHash"/> and the entry's canonical bytes.</summary>
    public required string Hash { get; init; }
    public required string PreviousHash { get; init; }
    public DateTime SealedAt { get; init; }
}

internal sealed class AuditLinkConfiguration : IEntityTypeConfiguration<AuditLink>
{
    public void Configure(EntityTypeBuilder<AuditLink> link)
    {
        link.ToTable(AuditChainTable.Name);
        link.HasKey(l => l.Position);
        link.Property(l => l.Position).ValueGeneratedNever();
        link.Property(l => l.Hash).HasMaxLength(64).IsFixedLength();
        link.Property(l => l.PreviousHash).HasMaxLength(64).IsFixedLength();
        link.HasIndex(l => l.EntryId).IsUnique();
        link.HasOne<AuditEntry>().WithOne().HasForeignKey<AuditLink>(l => l.EntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal static class AuditChainTable
{
    public const string Name = "platform_audit_chain";
}
