using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// A joint programme of at least two participating UN organisations: concept-note → approved (by a recorded
/// steering-committee decision) → funded (on its first allocation) → closed; or declined.
/// </summary>
public sealed class Programme
{
    public Guid Id { get; init; }
    public required string Title { get; set; }
    public string? Summary { get; set; }
    public List<string> Countries { get; set; } = [];
    public int ThematicArea { get; set; }
    public List<int> Objectives { get; set; } = [];
    public List<string> Organisations { get; set; } = [];
    public long BudgetMinor { get; set; }
    public int? GenderMarker { get; set; }
    public int? HumanRightsMarker { get; set; }
    public string Status { get; set; } = FundVocabulary.ConceptNote;
    /// <summary>Place in the pipeline given by the approving decision: 1 is funded first.</summary>
    public int? Priority { get; set; }
    /// <summary>Net of reversals; kept here so a guarded update can refuse allocations beyond the budget.</summary>
    public long AllocatedMinor { get; set; }
    public Guid? HubRequestId { get; init; }
    public DateTime ProposedAt { get; init; }
    public required string ProposedBy { get; init; }
    public DateTime? ApprovedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public int Version { get; set; } = 1;
    public DateTime UpdatedAt { get; set; }

    public void Decide(string decision, DateTime at)
    {
        Status = (decision, Status) switch
        {
            (FundVocabulary.Approve, FundVocabulary.ConceptNote) => FundVocabulary.Approved,
            (FundVocabulary.Decline, FundVocabulary.ConceptNote) => FundVocabulary.Declined,
            (FundVocabulary.Close, FundVocabulary.Approved or FundVocabulary.Funded) => FundVocabulary.Closed,
            _ => throw new DomainRuleException($"A programme that is {Status} cannot be given the decision '{decision}'."),
        };
        ApprovedAt = Status == FundVocabulary.Approved ? at : ApprovedAt;
        ClosedAt = Status == FundVocabulary.Closed ? at : ClosedAt;
        UpdatedAt = at;
    }

    public void EnsureReceivesMoney()
    {
        if (Status is not (FundVocabulary.Approved or FundVocabulary.Funded))
        {
            throw new DomainRuleException($"Money moves only for approved or funded programmes; this one is {Status}.");
        }
    }
}

/// <summary>A steering-committee decision on a programme, with its reference (e.g. the meeting's minute number).</summary>
public sealed class ProgrammeDecision
{
    public long Id { get; init; }
    public Guid ProgrammeId { get; init; }
    public required string Decision { get; init; }
    public required string Reference { get; init; }
    public string? Note { get; init; }
    public DateTime At { get; init; }
    public required string Actor { get; init; }
}

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> programme)
    {
        programme.ToTable("fund_programmes");
        programme.Property(p => p.Title).HasMaxLength(300);
        programme.Property(p => p.Summary).HasMaxLength(4000);
        programme.Property(p => p.Status).HasMaxLength(16);
        programme.Property(p => p.ProposedBy).HasMaxLength(256);
        programme.Property(p => p.Version).IsConcurrencyToken();
        programme.HasIndex(p => new { p.Status, p.Priority });
        programme.HasIndex(p => p.HubRequestId).IsUnique();
    }
}

internal sealed class ProgrammeDecisionConfiguration : IEntityTypeConfiguration<ProgrammeDecision>
{
    public void Configure(EntityTypeBuilder<ProgrammeDecision> decision)
    {
        decision.ToTable("fund_programme_decisions");
        decision.Property(d => d.Decision).HasMaxLength(16);
        decision.Property(d => d.Reference).HasMaxLength(100);
        decision.Property(d => d.Note).HasMaxLength(2000);
        decision.Property(d => d.Actor).HasMaxLength(256);
        decision.HasIndex(d => d.ProgrammeId);
        decision.HasOne<Programme>().WithMany().HasForeignKey(d => d.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
    }
}
