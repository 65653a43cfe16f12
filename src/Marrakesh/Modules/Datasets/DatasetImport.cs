using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Datasets;

/// <summary>
/// One imported publication: which source and revision it is, the file it came from and how many figures
/// it holds. Re-importing the same source and revision replaces it; other revisions stay beside it.
/// </summary>
public sealed class DatasetImport
{
    public Guid Id { get; init; }
    /// <summary>The publication family, e.g. <c>undesa-ims-destination</c> or <c>wdi</c> (see <see cref="DatasetSources"/>).</summary>
    public required string Source { get; init; }
    /// <summary>The publisher's revision label, e.g. <c>Rev.2020</c>, <c>2021 (December 2022)</c>, <c>2025-07-01</c>.</summary>
    public required string Revision { get; init; }
    /// <summary>What the figures are: <c>migrant-stock</c>, <c>corridors-migrants</c>, <c>corridors-remittances</c> or <c>indicators</c>.</summary>
    public required string Holds { get; init; }
    /// <summary>The publisher and publication, as a figure's source line shows it.</summary>
    public required string Title { get; init; }
    public required string FileName { get; init; }
    public required string Sha256 { get; init; }
    public int Rows { get; init; }
    public int FirstYear { get; init; }
    public int LastYear { get; init; }
    public DateTime ImportedAt { get; init; }
    public required string ImportedBy { get; init; }
}

internal sealed class DatasetImportConfiguration : IEntityTypeConfiguration<DatasetImport>
{
    public void Configure(EntityTypeBuilder<DatasetImport> import)
    {
        import.ToTable("datasets_imports");
        import.Property(i => i.Source).HasMaxLength(64);
        import.Property(i => i.Revision).HasMaxLength(64);
        import.Property(i => i.Holds).HasMaxLength(32);
        import.Property(i => i.Title).HasMaxLength(300);
        import.Property(i => i.FileName).HasMaxLength(260);
        import.Property(i => i.Sha256).HasMaxLength(64);
        import.Property(i => i.ImportedBy).HasMaxLength(256);
        import.HasIndex(i => new { i.Source, i.Revision }).IsUnique();
    }
}
