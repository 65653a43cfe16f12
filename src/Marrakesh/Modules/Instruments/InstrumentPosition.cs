using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Instruments;

/// <summary>
/// One act of one State on one instrument (a signature, a ratification, a withdrawal...), with its date as precisely
/// as the source gives it, the date the source's record is current to, and the source. Rows are never changed or
/// removed by the secretariat: a correction is a new row that supersedes the old one and says why, so the history
/// stays readable. The shipped rows are keyed by <see cref="ReferenceKey"/> so a refresh finds them again.
/// </summary>
public sealed class InstrumentPosition
{
    public long Id { get; init; }
    public required string InstrumentKey { get; init; }
    public required string Iso3 { get; init; }
    /// <summary>One of <see cref="InstrumentsVocabulary.PositionKinds"/>.</summary>
    public required string Kind { get; set; }
    /// <summary>The period's first day, or null when the source gives no date.</summary>
    public DateOnly? Date { get; set; }
    public string DatePrecision { get; set; } = PartialDate.Unknown;
    /// <summary>The date the source's record is current to: a record says nothing of what happened after it.</summary>
    public DateOnly AsOf { get; set; }
    public required string Source { get; set; }
    public string? Note { get; set; }
    /// <summary>The row this one corrects; null for a first record.</summary>
    public long? SupersedesId { get; init; }
    /// <summary>Why the corrected row was wrong; set on corrections.</summary>
    public string? CorrectionReason { get; init; }
    public required string RecordedBy { get; init; }
    public DateTime RecordedAt { get; init; }
    /// <summary>Which reference file row this is (file, instrument, State, act); null for the secretariat's records.</summary>
    public string? ReferenceKey { get; init; }

    public PartialDate When => PartialDate.From(Date, DatePrecision);

    /// <summary>The last day by which the act certainly took place: the end of its period, or the record's as-of date when the date is unknown.</summary>
    public DateOnly CertainBy => When.End is { } end && end < AsOf ? end : When.End ?? AsOf;
}

internal sealed class InstrumentPositionConfiguration : IEntityTypeConfiguration<InstrumentPosition>
{
    public void Configure(EntityTypeBuilder<InstrumentPosition> position)
    {
        position.ToTable("instruments_positions");
        position.HasKey(p => p.Id);
        position.Property(p => p.InstrumentKey).HasMaxLength(64);
        position.Property(p => p.Iso3).HasMaxLength(3);
        position.Property(p => p.Kind).HasMaxLength(32);
        position.Property(p => p.DatePrecision).HasMaxLength(8);
        position.Property(p => p.Source).HasMaxLength(1000);
        position.Property(p => p.Note).HasMaxLength(2000);
        position.Property(p => p.CorrectionReason).HasMaxLength(1000);
        position.Property(p => p.RecordedBy).HasMaxLength(256);
        position.Property(p => p.ReferenceKey).HasMaxLength(200);
        position.HasIndex(p => new { p.InstrumentKey, p.Iso3 });
        position.HasIndex(p => p.Iso3);
        // A row is corrected once; a later correction corrects the correction. Two racing corrections cannot both land.
        position.HasIndex(p => p.SupersedesId).IsUnique();
        position.HasIndex(p => p.ReferenceKey).IsUnique();
        position.HasOne<Instrument>().WithMany().HasForeignKey(p => p.InstrumentKey).OnDelete(DeleteBehavior.Restrict);
        position.HasOne<InstrumentPosition>().WithOne().HasForeignKey<InstrumentPosition>(p => p.SupersedesId).OnDelete(DeleteBehavior.Restrict);
        position.Ignore(p => p.When);
        position.Ignore(p => p.CertainBy);
    }
}
