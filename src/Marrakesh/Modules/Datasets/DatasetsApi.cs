using Marrakesh.Modules.States;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Datasets;

internal static class DatasetsApi
{
    private const string Csv = "text/csv; charset=utf-8";

    public static void MapDatasetsApi(this RouteGroupBuilder api)
    {
        var open = api.MapGroup("").WithTags("Migration data").CacheOutput(DatasetsCache.Policy).Conditional(DatasetsCache.Policy).RequireRateLimiting(OpenDataLimits.Policy)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status429TooManyRequests);
        open.MapGet("/datasets", Imports).WithName("ListDatasets").WithSummary("Every imported file: source, revision, rows, when").Negotiated();
        open.MapGet("/datasets/{id:guid}/bulk.csv.gz", Bulk).WithName("GetDatasetBulk")
            .WithSummary("Every figure of one import as a gzip-compressed CSV file").Produces<byte[]>(contentType: BulkDownload.MediaType)
            .ProducesProblem(StatusCodes.Status404NotFound);
        open.MapGet("/licences", Licences).WithName("ListLicences").WithSummary("The licences of the published figures, and which sources each covers")
            .Negotiated();
        open.MapGet("/datasets/{id:guid}", async Task<Ok<DatasetOutput>> (Guid id, DatasetQueries queries, CancellationToken ct) =>
            TypedResults.Ok((await queries.ImportsAsync(ct)).FirstOrDefault(d => d.Id == id) ?? throw new Platform.Errors.NotFoundException("No such dataset.")))
            .WithName("GetDataset").WithSummary("One imported file: source, revision, rows, when").ProducesProblem(StatusCodes.Status404NotFound);
        open.MapGet("/migrant-stock", MigrantStock).WithName("ListMigrantStock")
            .WithSummary("UN DESA migrant stock (and population, share, refugees) by destination, year and sex; paged").Negotiated(".csv", ".sdmx.csv");
        open.MapGet("/migrant-stock.csv", MigrantStockCsv).WithName("ListMigrantStockCsv").WithSummary("The same query as CSV (every match)")
            .Produces<string>(contentType: "text/csv");
        open.MapGet("/migrant-stock.sdmx.csv", MigrantStockSdmx).WithName("ListMigrantStockSdmx").WithSummary("The same query as SDMX-CSV 1.0")
            .Produces<string>(contentType: "application/vnd.sdmx.data+csv");
        open.MapGet("/corridors", Corridors).WithName("ListCorridors")
            .WithSummary("Bilateral migrant stocks or remittances (origin → destination), largest first; paged or top N").Negotiated(".csv", ".sdmx.csv");
        open.MapGet("/corridors.csv", CorridorsCsv).WithName("ListCorridorsCsv").WithSummary("The same query as CSV").Produces<string>(contentType: "text/csv");
        open.MapGet("/corridors.sdmx.csv", CorridorsSdmx).WithName("ListCorridorsSdmx").WithSummary("The same query as SDMX-CSV 1.0")
            .Produces<string>(contentType: "application/vnd.sdmx.data+csv");
        open.MapGet("/states/{iso3}/migration", StateMigration).WithName("GetStateMigration")
            .WithSummary("One State's migrant stock by sex, share, refugees, top origins and destinations, remittances received and sent")
            .ProducesProblem(StatusCodes.Status404NotFound).Negotiated(".csv");
        open.MapGet("/states/{iso3}/migration.csv", StateMigrationCsv).WithName("GetStateMigrationCsv")
            .WithSummary("The same profile as CSV: every figure a row, with its section and source").Produces<string>(contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);
        open.MapGet("/indicators/{code}", Indicator).WithName("GetIndicator")
            .WithSummary("Values of a World Bank indicator (e.g. BX.TRF.PWKR.CD.DT) or KNOMAD series, by State and year; paged")
            .ProducesProblem(StatusCodes.Status404NotFound).Negotiated(".csv", ".sdmx.csv");

        ImportDataset.Map(api);
    }

    /// <param name="updatedAfter">Only imports made or replaced after this date or moment (ISO 8601, UTC unless an offset is given).</param>
    /// <param name="queries">(service)</param>
    /// <param name="ct">(cancellation)</param>
    private static async Task<Ok<ListOutput<DatasetOutput>>> Imports(string? updatedAfter, DatasetQueries queries, CancellationToken ct) =>
        TypedResults.Ok(ListOutput<DatasetOutput>.Of(await queries.ImportsAsync(UpdatedAfter.Parse(updatedAfter), ct)));

    private static async Task<FileContentHttpResult> Bulk(Guid id, BulkDownload bulk, CancellationToken ct)
    {
        var (gzip, name) = await bulk.ExecuteAsync(id, ct);
        return TypedResults.File(gzip, BulkDownload.MediaType, name);
    }

    private static Ok<ListOutput<LicenceOutput>> Licences() => TypedResults.Ok(ListOutput<LicenceOutput>.Of(DataLicences.All));

    /// <summary>
    /// A list of figures from one or more imports: named with their licences (body and Link header), and emptied of what
    /// did not change after <c>updatedAfter</c> (an import's figures change only when it is imported again).
    /// </summary>
    private static ListOutput<T> Figures<T>(HttpResponse response, List<T> items, int total, Paging? paging, IReadOnlyCollection<DatasetImport> imports,
        DateTime? updatedAfter, Func<T, string> revisionOf)
    {
        DataLicences.Link(response, imports);
        if (updatedAfter is { } since)
        {
            var changed = imports.Where(i => i.ImportedAt > since).Select(i => i.Revision).ToHashSet(StringComparer.Ordinal);
            var kept = items.Where(i => changed.Contains(revisionOf(i))).ToList();
            (items, total) = (kept, kept.Count == items.Count ? total : kept.Count);
        }
        return new ListOutput<T>(items, total, paging?.Page, paging?.PageSize) { Sources = [.. imports.Select(DataLicences.Attribution)] };
    }

    private static IReadOnlyCollection<DatasetImport> One(DatasetImport? import) => import is null ? [] : [import];

    /// <param name="destination">ISO3 of the destination, or an aggregate code (WLD = world); several separated by commas (MAR,DZA).</param>
    /// <param name="year">A year.</param>
    /// <param name="from">First year of a range (instead of year).</param>
    /// <param name="to">Last year of a range.</param>
    /// <param name="sex">both, male or female.</param>
    /// <param name="revision">A revision label such as Rev.2020; the latest by default.</param>
    /// <param name="measure">stock (default), population, share, female-share, refugees, refugee-share.</param>
    /// <param name="aggregates">true: list the world, regions and groups instead of countries and areas.</param>
    /// <param name="updatedAfter">Only figures imported after this date or moment (ISO 8601).</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page (1–500, default 100).</param>
    /// <param name="queries">(service)</param>
    /// <param name="states">(service)</param>
    /// <param name="response">(response)</param>
    /// <param name="ct">(cancellation)</param>
    private static async Task<Ok<ListOutput<MigrantStockItem>>> MigrantStock(string? destination, string? year, string? from, string? to, string? sex,
        string? revision, string? measure, string? aggregates, string? updatedAfter, string? page, string? pageSize,
        DatasetQueries queries, StatesContract states, HttpResponse response, CancellationToken ct)
    {
        var paging = Paging.From(page, pageSize);
        var (items, total, import, since) = await MigrantStockQueryAsync(destination, year, from, to, sex, revision, measure, aggregates, updatedAfter, paging, queries, states, ct);
        return TypedResults.Ok(Figures(response, items, total, paging, One(import), since, i => i.Revision));
    }

    private static async Task<(List<MigrantStockItem> Items, int Total, DatasetImport? Import, DateTime? Since)> MigrantStockQueryAsync(string? destination,
        string? year, string? from, string? to, string? sex, string? revision, string? measure, string? aggregates, string? updatedAfter, Paging? paging,
        DatasetQueries queries, StatesContract states, CancellationToken ct)
    {
        var since = UpdatedAfter.Parse(updatedAfter);
        await queries.RequireKnownAsync(destination, "destination", states, ct);
        var (items, total) = await queries.MigrantStockAsync(new(destination, year, sex, revision, measure, aggregates, from, to), paging, ct);
        return (items, total, await queries.StockImportAsync(revision, ct), since);
    }

    private static async Task<FileContentHttpResult> MigrantStockCsv(string? destination, string? year, string? from, string? to, string? sex,
        string? revision, string? measure, string? aggregates, string? updatedAfter, DatasetQueries queries, StatesContract states,
        IConfiguration configuration, HttpResponse response, CancellationToken ct)
    {
        var (items, total, import, since) = await MigrantStockQueryAsync(destination, year, from, to, sex, revision, measure, aggregates, updatedAfter, null, queries, states, ct);
        var list = Figures(response, items, total, null, One(import), since, i => i.Revision);
        RowCap.Check(list.Items.Count, configuration, import);
        return TypedResults.File(DatasetCsv.MigrantStock(list.Items), Csv, "migrant-stock.csv");
    }

    private static async Task<FileContentHttpResult> MigrantStockSdmx(string? destination, string? year, string? from, string? to, string? sex,
        string? revision, string? measure, string? aggregates, string? updatedAfter, DatasetQueries queries, StatesContract states,
        IConfiguration configuration, HttpResponse response, CancellationToken ct)
    {
        var (items, total, import, since) = await MigrantStockQueryAsync(destination, year, from, to, sex, revision, measure, aggregates, updatedAfter, null, queries, states, ct);
        var list = Figures(response, items, total, null, One(import), since, i => i.Revision);
        RowCap.Check(list.Items.Count, configuration, import);
        return TypedResults.File(DatasetCsv.MigrantStockSdmx(list.Items, import?.Title ?? ""), DatasetCsv.SdmxMediaType, "migrant-stock.sdmx.csv");
    }

    /// <param name="kind">migrants (default) or remittances.</param>
    /// <param name="year">A year; the latest by default.</param>
    /// <param name="from">First year of a range (instead of year).</param>
    /// <param name="to">Last year of a range.</param>
    /// <param name="origin">ISO3 of the origin (for remittances: the sending country); several separated by commas.</param>
    /// <param name="destination">ISO3 of the destination (for remittances: the receiving country); several separated by commas.</param>
    /// <param name="top">Only the N largest (1–500).</param>
    /// <param name="revision">A revision label.</param>
    /// <param name="updatedAfter">Only figures imported after this date or moment (ISO 8601).</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page (1–500, default 100).</param>
    /// <param name="queries">(service)</param>
    /// <param name="states">(service)</param>
    /// <param name="response">(response)</param>
    /// <param name="ct">(cancellation)</param>
    private static async Task<Ok<ListOutput<CorridorItem>>> Corridors(string? kind, string? year, string? from, string? to, string? origin, string? destination,
        string? top, string? revision, string? updatedAfter, string? page, string? pageSize, DatasetQueries queries, StatesContract states, HttpResponse response,
        CancellationToken ct)
    {
        var paging = string.IsNullOrWhiteSpace(top) ? Paging.From(page, pageSize) : null;
        var (items, total, imports, since) = await CorridorsQueryAsync(kind, year, from, to, origin, destination, top, revision, updatedAfter, paging, queries, states, ct);
        return TypedResults.Ok(Figures(response, items, total, paging, imports, since, i => i.Revision));
    }

    private static async Task<(List<CorridorItem> Items, int Total, IReadOnlyCollection<DatasetImport> Imports, DateTime? Since)> CorridorsQueryAsync(
        string? kind, string? year, string? from, string? to, string? origin, string? destination, string? top, string? revision, string? updatedAfter,
        Paging? paging, DatasetQueries queries, StatesContract states, CancellationToken ct)
    {
        var since = UpdatedAfter.Parse(updatedAfter);
        await queries.RequireKnownAsync(origin, "origin", states, ct);
        await queries.RequireKnownAsync(destination, "destination", states, ct);
        var filter = new CorridorFilter(kind, year, origin, destination, top, revision, from, to);
        var (items, total) = await queries.CorridorsAsync(filter, paging, ct);
        // The query has checked kind; the imports it read name the publications.
        var years = await queries.CorridorYearsAsync(string.IsNullOrWhiteSpace(kind) ? "migrants" : kind.Trim().ToLowerInvariant(), filter, ct);
        return (items, total, [.. years.Select(y => y.Import).DistinctBy(i => i.Id)], since);
    }

    private static async Task<FileContentHttpResult> CorridorsCsv(string? kind, string? year, string? from, string? to, string? origin, string? destination,
        string? top, string? revision, string? updatedAfter, DatasetQueries queries, StatesContract states, IConfiguration configuration, HttpResponse response,
        CancellationToken ct)
    {
        var (items, total, imports, since) = await CorridorsQueryAsync(kind, year, from, to, origin, destination, top, revision, updatedAfter, null, queries, states, ct);
        var list = Figures(response, items, total, null, imports, since, i => i.Revision);
        RowCap.Check(list.Items.Count, configuration, imports.FirstOrDefault());
        return TypedResults.File(DatasetCsv.Corridors(list.Items), Csv, "corridors.csv");
    }

    private static async Task<FileContentHttpResult> CorridorsSdmx(string? kind, string? year, string? from, string? to, string? origin, string? destination,
        string? top, string? revision, string? updatedAfter, DatasetQueries queries, StatesContract states, IConfiguration configuration, HttpResponse response,
        CancellationToken ct)
    {
        var (items, total, imports, since) = await CorridorsQueryAsync(kind, year, from, to, origin, destination, top, revision, updatedAfter, null, queries, states, ct);
        var list = Figures(response, items, total, null, imports, since, i => i.Revision);
        RowCap.Check(list.Items.Count, configuration, imports.FirstOrDefault());
        // DATA_SOURCE names the publication.
        return TypedResults.File(DatasetCsv.CorridorsSdmx(list.Items, imports.FirstOrDefault()?.Title ?? ""), DatasetCsv.SdmxMediaType, "corridors.sdmx.csv");
    }

    private static async Task<FileContentHttpResult> StateMigrationCsv(string iso3, StateMigration migration, HttpResponse response, CancellationToken ct)
    {
        var profile = await migration.ExecuteAsync(iso3, ct);
        DataLicences.Link(response, profile);
        return TypedResults.File(DatasetCsv.StateMigration(profile), Csv, $"{profile.Code}-migration.csv");
    }

    private static async Task<Ok<StateMigrationOutput>> StateMigration(string iso3, StateMigration migration, HttpResponse response, CancellationToken ct)
    {
        var profile = await migration.ExecuteAsync(iso3, ct);
        DataLicences.Link(response, profile);
        return TypedResults.Ok(profile);
    }

    /// <param name="code">The indicator code, e.g. BX.TRF.PWKR.CD.DT; end it with .csv or .sdmx.csv for a download.</param>
    /// <param name="state">ISO3 of a State (or an aggregate code such as WLD); several separated by commas.</param>
    /// <param name="from">First year.</param>
    /// <param name="to">Last year.</param>
    /// <param name="aggregates">true: list the world, regions and income groups instead of countries.</param>
    /// <param name="updatedAfter">Only figures imported after this date or moment (ISO 8601).</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page (1–500, default 100).</param>
    /// <param name="queries">(service)</param>
    /// <param name="states">(service)</param>
    /// <param name="configuration">(settings)</param>
    /// <param name="response">(response)</param>
    /// <param name="ct">(cancellation)</param>
    private static async Task<Results<Ok<ListOutput<IndicatorItem>>, FileContentHttpResult>> Indicator(string code, string? state, string? from, string? to,
        string? aggregates, string? updatedAfter, string? page, string? pageSize, DatasetQueries queries, StatesContract states, IConfiguration configuration,
        HttpResponse response, CancellationToken ct)
    {
        var since = UpdatedAfter.Parse(updatedAfter);
        await queries.RequireKnownAsync(state, "state", states, ct);
        // Indicator codes contain dots, so the download suffixes are read here rather than routed separately.
        if (code.EndsWith(".sdmx.csv", StringComparison.OrdinalIgnoreCase) || code.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            var sdmx = code.EndsWith(".sdmx.csv", StringComparison.OrdinalIgnoreCase);
            var series = code[..^(sdmx ? ".sdmx.csv" : ".csv").Length];
            var (items, total) = await queries.IndicatorAsync(series, state, from, to, aggregates, null, ct);
            var import = await queries.IndicatorImportAsync(series, ct);
            var list = Figures(response, items, total, null, One(import), since, i => i.Revision);
            RowCap.Check(list.Items.Count, configuration, import);
            return sdmx
                ? TypedResults.File(DatasetCsv.IndicatorSdmx(list.Items, import?.Title ?? ""), DatasetCsv.SdmxMediaType, $"{series}.sdmx.csv")
                : TypedResults.File(DatasetCsv.Indicator(list.Items), Csv, $"{series}.csv");
        }
        var paging = Paging.From(page, pageSize);
        var (values, count) = await queries.IndicatorAsync(code, state, from, to, aggregates, paging, ct);
        return TypedResults.Ok(Figures(response, values, count, paging, One(await queries.IndicatorImportAsync(code, ct)), since, i => i.Revision));
    }
}
