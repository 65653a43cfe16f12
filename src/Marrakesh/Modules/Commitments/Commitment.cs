using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Versions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Commitments;

/// <summary>
/// One entry of a State's national implementation plan: what the State commits to under one objective,
/// optionally naming the lettered actions it draws on ("à la carte"). A draft until published.
/// </summary>
public sealed class Commitment : IVersionedRecord
{
    public Guid Id { get; init; }
    public required string StateIso3 { get; init; }
    public int Objective { get; set; }
    public List<string> Actions { get; set; } = [];
    public string Status { get; set; } = CommitmentStatus.Planned;
    public required string Description { get; set; }
    public string? LeadInstitution { get; set; }
    public List<string> Partners { get; set; } = [];
    public DateOnly? StartDate { get; set; }
    public DateOnly? TargetDate { get; set; }
    /// <summary>Budget in hundredths of <see cref="BudgetCurrency"/>.</summary>
    public long? BudgetMinor { get; set; }
    public string? BudgetCurrency { get; set; }
    /// <summary>Keys of the guiding principles the commitment advances.</summary>
    public List<string> Principles { get; set; } = [];
    public DateTime? PublishedAt { get; set; }
    /// <summary>Starts at 1, grows with every change; the ETag and the concurrency token.</summary>
    public int Version { get; set; } = 1;
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }

    public bool IsPublished => PublishedAt is not null;

    public void Publish(DateTime at)
    {
        if (IsPublished)
        {
            throw new ConflictException("This commitment is already published.");
        }
        PublishedAt = at;
    }

    /// <summary>Drafts may be removed; a published commitment stays on the record (mark it discontinued instead).</summary>
    public void EnsureRemovable()
    {
        if (IsPublished)
        {
            throw new ConflictException("A published commitment stays on the public record; set its status to discontinued instead.");
        }
    }
}

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> commitment)
    {
        commitment.ToTable("commitments_commitments");
        commitment.Property(c => c.StateIso3).HasMaxLength(3);
        commitment.Property(c => c.Status).HasMaxLength(16);
        commitment.Property(c => c.Description).HasMaxLength(CommitmentRules.DescriptionMax);
        commitment.Property(c => c.LeadInstitution).HasMaxLength(200);
        commitment.Property(c => c.BudgetCurrency).HasMaxLength(3);
        commitment.Property(c => c.Version).IsConcurrencyToken();
        commitment.HasIndex(c => new { c.StateIso3, c.Objective });
        commitment.HasIndex(c => c.Objective);
        // A database-level guarantee that the State exists, named by type name so the module keeps to StatesContract.
        commitment.HasOne("Marrakesh.Modules.States.State", null).WithMany().HasForeignKey(nameof(Commitment.StateIso3)).OnDelete(DeleteBehavior.Restrict);
    }
}
