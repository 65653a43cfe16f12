using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// Money received by the fund: the amount in the currency received, the rate to USD recorded at deposit and the
/// USD value the ledger holds. Never changed; a mistaken deposit is corrected by reversing its transaction.
/// </summary>
public sealed class Contribution
{
    public Guid Id { get; init; }
    public required string Contributor { get; init; }
    public required string ContributorType { get; init; }
    /// <summary>For a Member State's contribution, the State (ISO3) when known.</summary>
    public string? ContributorState { get; init; }
    /// <summary>Hundredths of <see cref="Currency"/>.</summary>
    public long AmountMinor { get; init; }
    public required string Currency { get; init; }
    public decimal RateToUsd { get; init; }
    /// <summary>The deposit's value in US cents: <see cref="AmountMinor"/> × <see cref="RateToUsd"/>, rounded to the cent.</summary>
    public long UsdMinor { get; init; }
    /// <summary>The administrative agent's fee set aside on deposit, in US cents.</summary>
    public long FeeMinor { get; init; }
    public required string Earmark { get; init; }
    public DateOnly Date { get; init; }
    /// <summary>The pledge (Commitments module) this deposit honours.</summary>
    public Guid? PledgeId { get; init; }
    /// <summary>The signed agreement this deposit pays into.</summary>
    public Guid? AgreementId { get; init; }
    public long TransactionId { get; set; }
    public DateTime RecordedAt { get; init; }
    public required string RecordedBy { get; init; }
}

internal sealed class ContributionConfiguration : IEntityTypeConfiguration<Contribution>
{
    public void Configure(EntityTypeBuilder<Contribution> contribution)
    {
        contribution.ToTable("fund_contributions");
        contribution.Property(c => c.Contributor).HasMaxLength(200);
        contribution.Property(c => c.ContributorType).HasMaxLength(32);
        contribution.Property(c => c.ContributorState).HasMaxLength(3);
        contribution.Property(c => c.Currency).HasMaxLength(3);
        contribution.Property(c => c.RateToUsd).HasPrecision(18, 8);
        contribution.Property(c => c.Earmark).HasMaxLength(32);
        contribution.Property(c => c.RecordedBy).HasMaxLength(256);
        contribution.HasIndex(c => c.PledgeId);
        contribution.HasIndex(c => c.Date);
        contribution.HasIndex(c => c.TransactionId).IsUnique();
        contribution.HasOne<ContributionAgreement>().WithMany().HasForeignKey(c => c.AgreementId).OnDelete(DeleteBehavior.Restrict);
    }
}
