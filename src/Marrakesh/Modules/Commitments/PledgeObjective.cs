using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Commitments;

/// <summary>
/// One row per (pledge, objective): the pledge's objectives as a plain table, so that counts by objective
/// are one GROUP BY on both databases (SQLite cannot group over a JSON list). Kept in step by
/// <see cref="PledgeObjectiveIndex"/>; <see cref="Pledge.Objectives"/> stays the record.
/// </summary>
public sealed class PledgeObjective
{
    public Guid PledgeId { get; init; }
    public int Objective { get; init; }
    /// <summary>The pledge's actor type, copied here (it never changes) so the actor type × objective table is one GROUP BY.</summary>
    public required string ActorType { get; init; }
}

internal static class PledgeObjectiveIndex
{
    public static async Task SyncAsync(AppDbContext db, Pledge pledge, CancellationToken cancellationToken)
    {
        var rows = db.Set<PledgeObjective>();
        var current = await rows.Where(r => r.PledgeId == pledge.Id).ToListAsync(cancellationToken);
        rows.RemoveRange(current.Where(r => !pledge.Objectives.Contains(r.Objective)));
        rows.AddRange(pledge.Objectives.Where(o => current.All(r => r.Objective != o)).Select(o => new PledgeObjective { PledgeId = pledge.Id, Objective = o, ActorType = pledge.ActorType }));
    }
}

internal sealed class PledgeObjectiveConfiguration : IEntityTypeConfiguration<PledgeObjective>
{
    public void Configure(EntityTypeBuilder<PledgeObjective> row)
    {
        row.ToTable("commitments_pledge_objectives");
        row.HasKey(r => new { r.PledgeId, r.Objective });
        row.Property(r => r.ActorType).HasMaxLength(32);
        row.HasIndex(r => new { r.Objective, r.ActorType });
        row.HasOne<Pledge>().WithMany().HasForeignKey(r => r.PledgeId).OnDelete(DeleteBehavior.Cascade);
    }
}
