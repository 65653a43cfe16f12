using Marrakesh.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Datasets;

/// <summary>
/// One figure of a migrant-stock table: a location (ISO3, or an aggregate code such as <c>WLD</c>), a year,
/// a sex and a measure. The import row attributes these figures, so they stay out of the audit trail.
/// </summary>
public sealed class MigrantStockValue : INotAudited
{
    public Guid ImportId { get; init; }
    /// <summary>stock, population, share, female-share, refugees or refugee-share (see <see cref="Measures"/>).</summary>
    public required string Measure { get; init; }
    public required string Location { get; init; }
    public bool IsAggregate { get; init; }
    public int Year { get; init; }
    /// <summary>both, male or female.</summary>
    public required string Sex { get; init; }
    public double Value { get; init; }
}

/// <summary>One corridor figure: migrants from origin living in destination, or money sent from origin to destination.</summary>
public sealed class CorridorValue : INotAudited
{
    public Guid ImportId { get; init; }
    /// <summary>migrants or remittances.</summary>
    public required string Kind { get; init; }
    public int Year { get; init; }
    public required string Origin { get; init; }
    public required string Destination { get; init; }
    /// <summary>True when the origin is an aggregate (world, Other North, a region); such rows never enter corridor rankings.</summary>
    public bool OriginIsAggregate { get; init; }
    /// <summary>True when the destination is an aggregate.</summary>
    public bool DestinationIsAggregate { get; init; }
    /// <summary>Persons for migrants; US dollars for remittances.</summary>
    public double Value { get; init; }
}

/// <summary>One value of a statistical series (a World Bank indicator code, or a KNOMAD series) for a location and year.</summary>
public sealed class IndicatorValue : INotAudited
{
    public Guid ImportId { get; init; }
    public required string Indicator { get; init; }
    public required string Location { get; init; }
    public bool IsAggregate { get; init; }
    public int Year { get; init; }
    public double Value { get; init; }
}

/// <summary>A name for every location code the figures use: States, other areas and aggregates.</summary>
public sealed class DatasetLocation : INotAudited
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public bool IsAggregate { get; init; }
}

/// <summary>
/// The figures' tables. Their ImportId has no foreign key, on purpose: figures are written only by
/// <see cref="ImportDataset"/>, in the transaction that adds their import's row, and deleted only by it, before it
/// removes that row (<see cref="Importing.BulkInsert"/>). A foreign key would check that again for every one of tens
/// of thousands of rows; on PostgreSQL those checks were half the time of writing them.
/// </summary>
internal sealed class DatasetFactsConfiguration :
    IEntityTypeConfiguration<MigrantStockValue>, IEntityTypeConfiguration<CorridorValue>,
    IEntityTypeConfiguration<IndicatorValue>, IEntityTypeConfiguration<DatasetLocation>
{
    public void Configure(EntityTypeBuilder<MigrantStockValue> value)
    {
        value.ToTable("datasets_migrant_stock");
        value.HasKey(v => new { v.ImportId, v.Measure, v.Location, v.Year, v.Sex });
        value.Property(v => v.Measure).HasMaxLength(16);
        value.Property(v => v.Location).HasMaxLength(16);
        value.Property(v => v.Sex).HasMaxLength(8);
        // No second index: every query names the import and the measure (a State's page names the three it shows), so
        // the key serves them all, and each index more is maintained on every import and replace.
    }

    public void Configure(EntityTypeBuilder<CorridorValue> value)
    {
        value.ToTable("datasets_corridors");
        value.HasKey(v => new { v.ImportId, v.Year, v.Origin, v.Destination });
        value.Property(v => v.Kind).HasMaxLength(16);
        value.Property(v => v.Origin).HasMaxLength(16);
        value.Property(v => v.Destination).HasMaxLength(16);
        // Every query names the import and the year: the key then serves an origin, this index a destination. Each
        // further index would slow every import (and replace) for no query.
        value.HasIndex(v => new { v.ImportId, v.Year, v.Destination });
    }

    public void Configure(EntityTypeBuilder<IndicatorValue> value)
    {
        value.ToTable("datasets_indicator_values");
        value.HasKey(v => new { v.ImportId, v.Indicator, v.Location, v.Year });
        value.Property(v => v.Indicator).HasMaxLength(64);
        value.Property(v => v.Location).HasMaxLength(16);
        // No index beside the key: every query names the import and the indicator, often the location, which the key
        // (ImportId, Indicator, Location, Year) serves in that order.
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
