using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// What a participating organisation reports it spent of a programme's money in one year. Provisional until the
/// fund certifies it; a certified figure no longer changes.
/// </summary>
public sealed class Expenditure
{
    public long Id { get; init; }
    public Guid ProgrammeId { get; init; }
    public required string Organisation { get; init; }
    public int Year { get; init; }
    public long AmountMinor { get; set; }
    public bool Certified { get; set; }
    public DateTime ReportedAt { get; set; }
    public required string ReportedBy { get; set; }
    public DateTime? CertifiedAt { get; set; }
    public string? CertifiedBy { get; set; }
}

internal sealed class ExpenditureConfiguration : IEntityTypeConfiguration<Expenditure>
{
    public void Configure(EntityTypeBuilder<Expenditure> expenditure)
    {
        expenditure.ToTable("fund_expenditures");
        expenditure.Property(e => e.Organisation).HasMaxLength(32);
        expenditure.Property(e => e.ReportedBy).HasMaxLength(256);
        expenditure.Property(e => e.CertifiedBy).HasMaxLength(256);
        expenditure.HasIndex(e => new { e.ProgrammeId, e.Organisation, e.Year }).IsUnique();
        expenditure.HasOne<Programme>().WithMany().HasForeignKey(e => e.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
    }
}
