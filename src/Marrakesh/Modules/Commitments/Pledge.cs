using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Versions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Commitments;

/// <summary>
/// A pledge by any actor towards the Compact's objectives, in the form the UN Network's pledging
/// initiative uses: what kind of contribution, alone or jointly, and in words. Public once made;
/// amended only as a new version with a reason.
/// </summary>
public sealed class Pledge : IVersionedRecord
{
    public Guid Id { get; init; }
    public required string ActorType { get; init; }
    public required string ActorName { get; init; }
    /// <summary>For a State's pledge: the State, whose focal points may amend it.</summary>
    public string? OwnerState { get; init; }
    /// <summary>For an organisation's pledge: the organisation, whose stakeholders may amend it.</summary>
    public string? OwnerOrganisation { get; init; }
    public required string Form { get; set; }
    public required string JointType { get; set; }
    /// <summary>The pledge a matching pledge matches.</summary>
    public Guid? Matches { get; set; }
    public required string Narrative { get; set; }
    /// <summary>Financial pledges: the amount in hundredths of <see cref="Currency"/>.</summary>
    public long? AmountMinor { get; set; }
    public string? Currency { get; set; }
    public List<int> Objectives { get; set; } = [];
    /// <summary>Specific actions, written objective number then letter: "5a".</summary>
    public List<string> Actions { get; set; } = [];
    public List<string> Principles { get; set; } = [];
    /// <summary>States the pledge concerns (ISO3).</summary>
    public List<string> States { get; set; } = [];
    public string? Measure { get; set; }
    public string? Baseline { get; set; }
    public DateOnly? TargetDate { get; set; }
    /// <summary>Who answers for delivering the pledge.</summary>
    public string? Responsible { get; set; }
    public string Status { get; set; } = PledgeVocabulary.Planning;
    public int Version { get; set; } = 1;
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>planning → in-progress → fulfilled, or withdrawn from any open state; fulfilled and withdrawn are final.</summary>
    public void MoveTo(string status)
    {
        if (status == Status)
        {
            return;
        }
        var allowed = (Status, status) switch
        {
            (PledgeVocabulary.Planning, PledgeVocabulary.InProgress or PledgeVocabulary.Fulfilled or PledgeVocabulary.Withdrawn) => true,
            (PledgeVocabulary.InProgress, PledgeVocabulary.Fulfilled or PledgeVocabulary.Withdrawn) => true,
            _ => false,
        };
        Status = allowed ? status : throw new DomainRuleException($"A pledge that is {Status} cannot become {status}.");
    }

    public void EnsureOpen()
    {
        if (Status is PledgeVocabulary.Fulfilled or PledgeVocabulary.Withdrawn)
        {
            throw new DomainRuleException($"This pledge is {Status}; it can no longer be amended.");
        }
    }
}

/// <summary>A dated note by the pledge's owner on how it is going.</summary>
public sealed class PledgeProgress
{
    public long Id { get; init; }
    public Guid PledgeId { get; init; }
    public DateOnly Date { get; init; }
    public required string Note { get; init; }
    /// <summary>The pledge's status after this note.</summary>
    public required string Status { get; init; }
    public DateTime At { get; init; }
    public required string Actor { get; init; }
}

internal sealed class PledgeConfiguration : IEntityTypeConfiguration<Pledge>
{
    public void Configure(EntityTypeBuilder<Pledge> pledge)
    {
        pledge.ToTable("commitments_pledges");
        pledge.Property(p => p.ActorType).HasMaxLength(32);
        pledge.Property(p => p.ActorName).HasMaxLength(200);
        pledge.Property(p => p.OwnerState).HasMaxLength(3);
        pledge.Property(p => p.OwnerOrganisation).HasMaxLength(200);
        pledge.Property(p => p.Form).HasMaxLength(16);
        pledge.Property(p => p.JointType).HasMaxLength(16);
        pledge.Property(p => p.Narrative).HasMaxLength(PledgeRules.NarrativeMax);
        pledge.Property(p => p.Currency).HasMaxLength(3);
        pledge.Property(p => p.Measure).HasMaxLength(1000);
        pledge.Property(p => p.Baseline).HasMaxLength(1000);
        pledge.Property(p => p.Responsible).HasMaxLength(200);
        pledge.Property(p => p.Status).HasMaxLength(16);
        pledge.Property(p => p.Version).IsConcurrencyToken();
        // Covering indexes for the summary's counts: they answer without reading the (long) pledge rows.
        pledge.HasIndex(p => new { p.ActorType, p.Status });
        pledge.HasIndex(p => p.CreatedAt);
        pledge.HasIndex(p => p.Status);
        pledge.HasIndex(p => new { p.Currency, p.AmountMinor, p.Status });
        pledge.HasIndex(p => p.OwnerState);
        pledge.HasOne<Pledge>().WithMany().HasForeignKey(p => p.Matches).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PledgeProgressConfiguration : IEntityTypeConfiguration<PledgeProgress>
{
    public void Configure(EntityTypeBuilder<PledgeProgress> progress)
    {
        progress.ToTable("commitments_pledge_progress");
        progress.Property(p => p.Note).HasMaxLength(PledgeRules.NoteMax);
        progress.Property(p => p.Status).HasMaxLength(16);
        progress.Property(p => p.Actor).HasMaxLength(256);
        progress.HasIndex(p => p.PledgeId);
        progress.HasOne<Pledge>().WithMany().HasForeignKey(p => p.PledgeId).OnDelete(DeleteBehavior.Cascade);
    }
}
