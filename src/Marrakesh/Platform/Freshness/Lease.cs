using Marrakesh.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Platform.Freshness;

/// <summary>
/// Who may do a piece of scheduled work now, and until when (<see cref="ScheduledWorkLease"/>). Bookkeeping of the
/// servers, not part of the record: not audited.
/// </summary>
public sealed class Lease : INotAudited
{
    public required string Name { get; init; }
    public required string Holder { get; init; }
    public DateTime ExpiresAt { get; init; }
}

internal sealed class LeaseConfiguration : IEntityTypeConfiguration<Lease>
{
    public const string Table = "platform_leases";

    public void Configure(EntityTypeBuilder<Lease> lease)
    {
        lease.ToTable(Table);
        lease.HasKey(l => l.Name);
        lease.Property(l => l.Name).HasMaxLength(64);
        lease.Property(l => l.Holder).HasMaxLength(200);
    }
}
