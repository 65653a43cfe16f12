using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Platform.Audit;

/// <summary>
/// One recorded write: who did what to which entity, when, and the values before and after.
/// Rows are only ever inserted; the database refuses updates and deletes (see the migrations).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; init; }
    public DateTime At { get; init; }
    public required string Actor { get; init; }
    /// <summary>Where the write came from: api, page, cli or system.</summary>
    public required string Channel { get; init; }
    public required string Entity { get; init; }
    public required string EntityId { get; init; }
    /// <summary>created, updated or deleted.</summary>
    public required string Action { get; init; }
    public string? Before { get; init; }
    public string? After { get; init; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable(AuditTable.Name);
        entry.Property(e => e.Actor).HasMaxLength(256);
        entry.Property(e => e.Channel).HasMaxLength(16);
        entry.Property(e => e.Entity).HasMaxLength(128);
        entry.Property(e => e.EntityId).HasMaxLength(256);
        entry.Property(e => e.Action).HasMaxLength(16);
        entry.HasIndex(e => new { e.Entity, e.EntityId });
        entry.HasIndex(e => e.At);
        entry.HasIndex(e => e.Actor);
    }
}

internal static class AuditTable
{
    public const string Name = "platform_audit_entries";
}
