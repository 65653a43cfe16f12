using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// A signed contribution agreement: the contributor's firm commitment, between its pledge and its deposits
/// (IATI "incoming commitment"). It moves no money, so it is not in the ledger.
/// </summary>
public sealed class ContributionAgreement
{
    public Guid Id { get; init; }
    public required string Contributor { get; init; }
    public required string ContributorType { get; init; }
    public long AmountMinor { get; init; }
    public required string Currency { get; init; }
    public DateOnly SignedOn { get; init; }
    public Guid? PledgeId { get; init; }
    public DateTime RecordedAt { get; init; }
    public required string RecordedBy { get; init; }
}

internal sealed class ContributionAgreementConfiguration : IEntityTypeConfiguration<ContributionAgreement>
{
    public void Configure(EntityTypeBuilder<ContributionAgreement> agreement)
    {
        agreement.ToTable("fund_agreements");
        agreement.Property(a => a.Contributor).HasMaxLength(200);
        agreement.Property(a => a.ContributorType).HasMaxLength(32);
        agreement.Property(a => a.Currency).HasMaxLength(3);
        agreement.Property(a => a.RecordedBy).HasMaxLength(256);
        agreement.HasIndex(a => a.PledgeId);
    }
}
