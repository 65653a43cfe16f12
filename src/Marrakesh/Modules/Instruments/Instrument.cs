using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Instruments;

/// <summary>
/// An instrument of migration governance: a treaty States become parties to, or soft law they endorse. Its party
/// count is never stored: it is computed from the positions for a date. The count a source states is kept beside it.
/// </summary>
public sealed class Instrument
{
    /// <summary>The reference file's key in kebab-case, e.g. <c>icrmw</c>, <c>refugee-convention-1951</c>.</summary>
    public required string Key { get; init; }
    /// <summary><c>treaty</c> or <c>soft-law</c>.</summary>
    public required string Kind { get; set; }
    public required string Title { get; set; }
    public required string ShortName { get; set; }
    /// <summary>The adoption date's first day; <see cref="AdoptedPrecision"/> says how much of it is known.</summary>
    public DateOnly? AdoptedOn { get; set; }
    public string AdoptedPrecision { get; set; } = PartialDate.Unknown;
    public string? AdoptedPlace { get; set; }
    public string? AdoptingBody { get; set; }
    public string? AdoptionInstrument { get; set; }
    public DateOnly? EntryIntoForce { get; set; }
    public string? Depositary { get; set; }
    /// <summary>Where the depositary keeps its status, e.g. <c>MTDSG IV-13</c>.</summary>
    public string? DepositaryReference { get; set; }
    /// <summary>A count of parties as a source states it, with that source's own as-of wording (e.g. "&gt;= 2023-09-26").</summary>
    public int? StatedPartyCount { get; set; }
    public string? StatedPartyCountAsOf { get; set; }
    public string? StatedPartyCountSource { get; set; }
    /// <summary>What the shipped position rows cover, as the reference file says.</summary>
    public string? PositionsCoverage { get; set; }
    public required string Sources { get; set; }
    public string? Notes { get; set; }

    public PartialDate Adopted => PartialDate.From(AdoptedOn, AdoptedPrecision);
}

internal sealed class InstrumentConfiguration : IEntityTypeConfiguration<Instrument>
{
    public void Configure(EntityTypeBuilder<Instrument> instrument)
    {
        instrument.ToTable("instruments_instruments");
        instrument.HasKey(i => i.Key);
        instrument.Property(i => i.Key).HasMaxLength(64);
        instrument.Property(i => i.Kind).HasMaxLength(16);
        instrument.Property(i => i.Title).HasMaxLength(500);
        instrument.Property(i => i.ShortName).HasMaxLength(200);
        instrument.Property(i => i.AdoptedPrecision).HasMaxLength(8);
        instrument.Property(i => i.AdoptedPlace).HasMaxLength(200);
        instrument.Property(i => i.AdoptingBody).HasMaxLength(1000);
        instrument.Property(i => i.AdoptionInstrument).HasMaxLength(500);
        instrument.Property(i => i.Depositary).HasMaxLength(200);
        instrument.Property(i => i.DepositaryReference).HasMaxLength(200);
        instrument.Property(i => i.StatedPartyCountAsOf).HasMaxLength(100);
        instrument.Property(i => i.StatedPartyCountSource).HasMaxLength(1000);
        instrument.Property(i => i.PositionsCoverage).HasMaxLength(500);
        instrument.Property(i => i.Sources).HasMaxLength(2000);
        instrument.Property(i => i.Notes).HasMaxLength(2000);
        instrument.Ignore(i => i.Adopted);
    }
}
