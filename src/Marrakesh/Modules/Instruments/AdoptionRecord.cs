using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Instruments;

/// <summary>
/// What a source says of one State at the Marrakesh conference (10 December 2018). Only States a source names have a
/// row; every other State's record is unknown, and is shown so, never assumed to be "adopted".
/// </summary>
public sealed class AdoptionRecord
{
    public required string Iso3 { get; init; }
    /// <summary>One of <see cref="InstrumentsVocabulary.AdoptionStatuses"/> except <c>unknown</c>.</summary>
    public required string Status { get; set; }
    public string? Note { get; set; }
    /// <summary>The date of the State's announcement or act, as precisely as the source gives it (free text, e.g. <c>2019-01 / 2023-01-05</c>).</summary>
    public string? Date { get; set; }
    public required string Sources { get; set; }
}

internal sealed class AdoptionRecordConfiguration : IEntityTypeConfiguration<AdoptionRecord>
{
    public void Configure(EntityTypeBuilder<AdoptionRecord> record)
    {
        record.ToTable("instruments_marrakesh_adoption");
        record.HasKey(r => r.Iso3);
        record.Property(r => r.Iso3).HasMaxLength(3);
        record.Property(r => r.Status).HasMaxLength(48);
        record.Property(r => r.Note).HasMaxLength(1000);
        record.Property(r => r.Date).HasMaxLength(64);
        record.Property(r => r.Sources).HasMaxLength(2000);
    }
}
