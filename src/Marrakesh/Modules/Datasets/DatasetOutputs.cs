namespace Marrakesh.Modules.Datasets;

/// <summary>One import: which publication and revision, from which file, how many figures, when and by whom.</summary>
/// <param name="Id">The import's id.</param>
/// <param name="Source">The publication family, e.g. undesa-ims-destination, knomad-bilateral-remittances, wdi:BX.TRF.PWKR.CD.DT.</param>
/// <param name="Revision">The publisher's revision label, e.g. Rev.2020.</param>
/// <param name="Holds">migrant-stock, corridors-migrants, corridors-remittances or indicators.</param>
/// <param name="Title">Publisher and publication, as every figure's source line names it.</param>
/// <param name="FileName">The imported file's name.</param>
/// <param name="Sha256">The imported file's SHA-256, hex.</param>
/// <param name="Rows">How many figures were stored.</param>
/// <param name="FirstYear">The earliest year of the figures.</param>
/// <param name="LastYear">The latest year of the figures.</param>
/// <param name="ImportedAt">When (UTC).</param>
/// <param name="ImportedBy">Who imported it: the account's role (never a person's email).</param>
public sealed record DatasetOutput(Guid Id, string Source, string Revision, string Holds, string Title, string FileName, string Sha256,
    int Rows, int FirstYear, int LastYear, DateTime ImportedAt, string ImportedBy)
{
    public static DatasetOutput From(DatasetImport i) =>
        new(i.Id, i.Source, i.Revision, i.Holds, i.Title, i.FileName, i.Sha256, i.Rows, i.FirstYear, i.LastYear, i.ImportedAt, i.ImportedBy)
        {
            Licence = DataLicences.Attribution(i).Licence,
            Bulk = BulkDownload.AddressOf(i.Id),
        };

    /// <summary>The licence's SPDX identifier (see GET /api/licences); "unknown" where none is recorded.</summary>
    public string Licence { get; init; } = "unknown";

    /// <summary>Every figure of the import as one gzip-compressed CSV file.</summary>
    public string Bulk { get; init; } = "";

    /// <summary>current, or replaced: a later revision of the same publication is what the queries read now.</summary>
    public string Status { get; init; } = "current";

    /// <summary>The revision that replaced it, while replaced.</summary>
    public string? ReplacedBy { get; init; }

    /// <summary>When it was replaced (UTC), while replaced.</summary>
    public DateTime? ReplacedAt { get; init; }
}

/// <summary>Where a figure comes from.</summary>
/// <param name="Title">Publisher and publication.</param>
/// <param name="Revision">The revision label.</param>
public sealed record SourceOutput(string Title, string Revision)
{
    public static SourceOutput Of(DatasetImport import)
    {
        var attribution = DataLicences.Attribution(import);
        return new(import.Title, import.Revision) { Licence = attribution.Licence, LicenceUrl = attribution.LicenceUrl };
    }

    /// <summary>The licence's SPDX identifier (see GET /api/licences); "unknown" where none is recorded.</summary>
    public string Licence { get; init; } = "unknown";

    /// <summary>The licence's text.</summary>
    public string LicenceUrl { get; init; } = "";
}

/// <summary>One migrant-stock figure.</summary>
/// <param name="Destination">ISO3 code of the country or area of destination, or an aggregate code (WLD = world, UN947 = a UN DESA region).</param>
/// <param name="Name">The location's name.</param>
/// <param name="IsAggregate">True for the world, regions and groups.</param>
/// <param name="Year">Mid-year of the estimate.</param>
/// <param name="Sex">both, male or female.</param>
/// <param name="Measure">stock (persons), population (persons), share (% of population), female-share (% of migrants), refugees (persons), refugee-share (% of migrants).</param>
/// <param name="Revision">The revision it comes from.</param>
/// <param name="Value">The figure.</param>
public sealed record MigrantStockItem(string Destination, string Name, bool IsAggregate, int Year, string Sex, string Measure, string Revision, double Value);

/// <summary>One corridor figure.</summary>
/// <param name="Origin">ISO3 of the country of origin (for remittances: the sending country), or an aggregate code.</param>
/// <param name="Destination">ISO3 of the country of destination (for remittances: the receiving country), or an aggregate code.</param>
/// <param name="Year">The year.</param>
/// <param name="Kind">migrants (persons) or remittances (US dollars).</param>
/// <param name="Value">Persons, or US dollars.</param>
/// <param name="Revision">The revision it comes from.</param>
public sealed record CorridorItem(string Origin, string Destination, int Year, string Kind, double Value, string Revision);

/// <summary>One value of a statistical series.</summary>
/// <param name="Indicator">The series code, e.g. BX.TRF.PWKR.CD.DT.</param>
/// <param name="State">ISO3 of the country or area, or an aggregate code (WLD, LMY, …).</param>
/// <param name="IsAggregate">True for the world, regions and income groups.</param>
/// <param name="Year">The year.</param>
/// <param name="Value">The value, in the series' unit.</param>
/// <param name="Revision">The revision it comes from.</param>
public sealed record IndicatorItem(string Indicator, string State, bool IsAggregate, int Year, double Value, string Revision);

/// <summary>One point of a series over time.</summary>
/// <param name="Year">The year.</param>
/// <param name="Sex">both, male or female.</param>
/// <param name="Value">The value.</param>
public sealed record PointOutput(int Year, string Sex, double Value);

/// <summary>A series for one place, with its source.</summary>
/// <param name="Measure">What it measures.</param>
/// <param name="Unit">persons, percent or USD.</param>
/// <param name="Source">Where it comes from.</param>
/// <param name="Points">The values by year (and sex).</param>
public sealed record SeriesOutput(string Measure, string Unit, SourceOutput Source, IReadOnlyList<PointOutput> Points);

/// <summary>The largest corridors into or out of a place, with their source.</summary>
/// <param name="Year">The year.</param>
/// <param name="Source">Where they come from.</param>
/// <param name="Items">Largest first; the other end is a country or area.</param>
public sealed record CorridorListOutput(int Year, SourceOutput Source, IReadOnlyList<CorridorItem> Items);

/// <summary>What the data say about one State's migration.</summary>
/// <param name="Code">ISO3.</param>
/// <param name="Name">Its name.</param>
/// <param name="MigrantStock">International migrant stock by sex over time.</param>
/// <param name="Share">Migrants as a percentage of the population, by sex.</param>
/// <param name="Refugees">Refugees and asylum seekers.</param>
/// <param name="TopOrigins">The countries its migrants come from, largest first.</param>
/// <param name="TopDestinations">The countries its emigrants live in, largest first.</param>
/// <param name="RemittancesReceived">Personal remittances received, US dollars.</param>
/// <param name="RemittancesSent">Remittances sent (outflows), US dollars.</param>
public sealed record StateMigrationOutput(string Code, string Name, SeriesOutput? MigrantStock, SeriesOutput? Share, SeriesOutput? Refugees,
    CorridorListOutput? TopOrigins, CorridorListOutput? TopDestinations, SeriesOutput? RemittancesReceived, SeriesOutput? RemittancesSent);
