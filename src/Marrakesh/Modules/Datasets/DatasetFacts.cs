using Marrakesh.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Datasets;

/// <summary>
/// One place's series of a migrant-stock table for one measure: every year and sex the file gives, as a JSON array of
/// <c>[year, "sex", value]</c> (see <see cref="FigureJson"/>). The import row attributes these figures, so they stay
/// out of the audit trail.
/// </summary>
public sealed class MigrantStockSeries : INotAudited
{
    public Guid ImportId { get; init; }
    /// <summary>stock, population, share, female-share, refugees or refugee-share (see <see cref="Measures"/>).</summary>
    public required string Measure { get; init; }
    /// <summary>ISO3, or an aggregate code such as <c>WLD</c>.</summary>
    public required string Location { get; init; }
    public bool IsAggregate { get; init; }
    /// <summary>JSON: <c>[[1990, "both", 154161984], [1990, "female", 75981436], …]</c>.</summary>
    public required string Points { get; init; }
}

/// <summary>
/// One origin's row of a corridor matrix for a year: migrants from the origin living in each destination, or money sent
/// from it to each destination. Countries and aggregates (the world, Other North, a region) are held apart, so an
/// aggregate never enters a ranking of corridors.
/// </summary>
public sealed class CorridorRow : INotAudited
{
    public Guid ImportId { get; init; }
    public int Year { get; init; }
    public required string Origin { get; init; }
    /// <summary>True when the origin is an aggregate.</summary>
    public bool OriginIsAggregate { get; init; }
    /// <summary>JSON: <c>[["ESP", 816374], ["FRA", 1022563], …]</c>, persons for migrants, US dollars for remittances.</summary>
    public required string Destinations { get; init; }
    /// <summary>The same for aggregate destinations: <c>[["WLD", 3312584], …]</c>.</summary>
    public required string AggregateDestinations { get; init; }
}

/// <summary>
/// One statistical series of a file (a World Bank indicator code, or a KNOMAD series): every place and year it gives.
/// A whole series is one row because files differ in shape: the WDI download gives sixty years of each place, a
/// DataBank export one year of hundreds of series, and a row per place would hold a single figure there.
/// </summary>
public sealed class IndicatorTable : INotAudited
{
    public Guid ImportId { get; init; }
    public required string Indicator { get; init; }
    /// <summary>JSON: <c>[["MAR", 2019, 6.9e9], ["MAR", 2020, 7.4e9], …]</c>, countries and areas, in the series' unit.</summary>
    public required string Places { get; init; }
    /// <summary>The same for the world, regions and income groups.</summary>
    public required string AggregatePlaces { get; init; }
}

/// <summary>A name for every location code the figures use: States, other areas and aggregates.</summary>
public sealed class DatasetLocation : INotAudited
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public bool IsAggregate { get; init; }
}

/// <summary>
/// The figures' tables (names and columns in <see cref="Importing.FigureTables"/>): a row per series (a place's migrant
/// stock, a whole indicator) or per row of a matrix, its figures in JSON text columns. Every query names the import and
/// the measure, year or indicator, so the key serves them all and the figures are filtered in memory. A row per figure
/// made an import write, index and later delete one row per figure: two to seven times the time of reading the file
/// (ADR 0011); a row per series writes a few hundred rows, at most about two thousand. Their ImportId has no foreign
/// key, on purpose: they are written only by <see cref="ImportDataset"/>, in the transaction that adds their import's row, and
/// deleted only by it, before it removes that row (<see cref="Importing.BulkInsert"/>).
/// </summary>
internal sealed class DatasetFactsConfiguration :
    IEntityTypeConfiguration<MigrantStockSeries>, IEntityTypeConfiguration<CorridorRow>,
    IEntityTypeConfiguration<IndicatorTable>, IEntityTypeConfiguration<DatasetLocation>
{
    public void Configure(EntityTypeBuilder<MigrantStockSeries> series)
    {
        series.ToTable(Importing.FigureTables.Stock.Name);
        series.HasKey(v => new { v.ImportId, v.Measure, v.Location });
        series.Property(v => v.Measure).HasMaxLength(16);
        series.Property(v => v.Location).HasMaxLength(16);
    }

    public void Configure(EntityTypeBuilder<CorridorRow> row)
    {
        row.ToTable(Importing.FigureTables.Corridors.Name);
        row.HasKey(v => new { v.ImportId, v.Year, v.Origin });
        row.Property(v => v.Origin).HasMaxLength(16);
    }

    public void Configure(EntityTypeBuilder<IndicatorTable> table)
    {
        table.ToTable(Importing.FigureTables.Indicators.Name);
        table.HasKey(v => new { v.ImportId, v.Indicator });
        table.Property(v => v.Indicator).HasMaxLength(64);
    }

    public void Configure(EntityTypeBuilder<DatasetLocation> location)
    {
        location.ToTable("datasets_locations");
        location.HasKey(l => l.Code);
        location.Property(l => l.Code).HasMaxLength(16);
        location.Property(l => l.Name).HasMaxLength(200);
    }
}

/// <summary>The measures of a migrant-stock table.</summary>
public static class Measures
{
    public const string Stock = "stock";
    public const string Population = "population";
    public const string Share = "share";
    public const string FemaleShare = "female-share";
    public const string Refugees = "refugees";
    public const string RefugeeShare = "refugee-share";
    public static readonly IReadOnlyList<string> All = [Stock, Population, Share, FemaleShare, Refugees, RefugeeShare];
}

/// <summary>The publications the importers understand.</summary>
public static class DatasetSources
{
    /// <summary>
    /// A source for the indicators a file holds (<c>wdi:BX.TRF.PWKR.CD.DT</c>): files of one release that hold other
    /// indicators then sit beside each other rather than replace each other. A long list is named by its digest.
    /// </summary>
    public static string WithIndicators(string family, IEnumerable<string> codes)
    {
        var list = string.Join('+', codes.Distinct().Order(StringComparer.Ordinal));
        return list.Length <= 48
            ? $"{family}:{list}"
            : $"{family}:{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(list)))[..16]}";
    }

    public const string MigrantStock = "undesa-ims-destination";
    public const string OriginDestination = "undesa-ims-origin-destination";
    public const string BilateralMigrants = "knomad-bilateral-migrants";
    public const string BilateralRemittances = "knomad-bilateral-remittances";
    public const string Wdi = "wdi";
    public const string WdiDatabank = "wdi-databank";
    public const string RemittanceInflows = "knomad-remittance-inflows";
    public const string RemittanceOutflows = "knomad-remittance-outflows";
}
