using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Datasets;

internal static class DatasetsApi
{
    private const string Csv = "text/csv; charset=utf-8";

    public static void MapDatasetsApi(this RouteGroupBuilder api)
    {
        var open = api.MapGroup("").WithTags("Migration data").CacheOutput(DatasetsCache.Policy).RequireRateLimiting(OpenDataLimits.Policy)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status429TooManyRequests);
        open.MapGet("/datasets", Imports).WithName("ListDatasets").WithSummary("Every imported file: source, revision, rows, when");
        open.MapGet("/datasets/{id:guid}", async Task<Ok<DatasetOutput>> (Guid id, DatasetQueries queries, CancellationToken ct) =>
            TypedResults.Ok((await queries.ImportsAsync(ct)).FirstOrDefault(d => d.Id == id) ?? throw new Platform.Errors.NotFoundException("No such dataset.")))
            .WithName("GetDataset").WithSummary("One imported file: source, revision, rows, when").ProducesProblem(StatusCodes.Status404NotFound);
        open.MapGet("/migrant-stock", MigrantStock).WithName("ListMigrantStock")
            .WithSummary("UN DESA migrant stock (and population, share, refugees) by destination, year and sex; paged");
        open.MapGet("/migrant-stock.csv", MigrantStockCsv).WithName("ListMigrantStockCsv").WithSummary("The same query as CSV (every match)")
            .Produces<string>(contentType: "text/csv");
        open.MapGet("/migrant-stock.sdmx.csv", MigrantStockSdmx).WithName("ListMigrantStockSdmx").WithSummary("The same query as SDMX-CSV 1.0")
            .Produces<string>(contentType: "application/vnd.sdmx.data+csv");
        open.MapGet("/corridors", Corridors).WithName("ListCorridors")
            .WithSummary("Bilateral migrant stocks or remittances (origin → destination), largest first; paged or top N");
        open.MapGet("/corridors.csv", CorridorsCsv).WithName("ListCorridorsCsv").WithSummary("The same query as CSV").Produces<string>(contentType: "text/csv");
        open.MapGet("/corridors.sdmx.csv", CorridorsSdmx).WithName("ListCorridorsSdmx").WithSummary("The same query as SDMX-CSV 1.0")
            .Produces<string>(contentType: "application/vnd.sdmx.data+csv");
        open.MapGet("/states/{iso3}/migration", StateMigration).WithName("GetStateMigration")
            .WithSummary("One State's migrant stock by sex, share, refugees, top origins and destinations, remittances received and sent")
            .ProducesProblem(StatusCodes.Status404NotFound);
        open.MapGet("/states/{iso3}/migration.csv", StateMigrationCsv).WithName("GetStateMigrationCsv")
            .WithSummary("The same profile as CSV: every figure a row, with its section and source").Produces<string>(contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);
        open.MapGet("/indicators/{code}", Indicator).WithName("GetIndicator")
            .WithSummary("Values of a World Bank indicator (e.g. BX.TRF.PWKR.CD.DT) or KNOMAD series, by State and year; paged")
            .ProducesProblem(StatusCodes.Status404NotFound);

        ImportDataset.Map(api);
    }

    private static async Task<Ok<ListOutput<DatasetOutput>>> Imports(DatasetQueries queries, CancellationToken ct) =>
        TypedResults.Ok(ListOutput<DatasetOutput>.Of(await queries.ImportsAsync(ct)));

    /// <param name="destination">ISO3 of the destination, or an aggregate code (WLD = world).</param>
    /// <param name="year">A year.</param>
    /// <param name="sex">both, male or female.</param>
    /// <param name="revision">A revision label such as Rev.2020; the latest by default.</param>
    /// <param name="measure">stock (default), population, share, female-share, refugees, refugee-share.</param>
    /// <param name="aggregates">true: list the world, regions and groups instead of countries and areas.</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page (1–500, default 100).</param>
    /// <param name="queries">(service)</param>
    /// <param name="ct">(cancellation)</param>
    private static async Task<Ok<ListOutput<MigrantStockItem>>> MigrantStock(string? destination, string? year, string? sex, string? revision, string? measure,
        string? aggregates, string? page, string? pageSize, DatasetQueries queries, CancellationToken ct)
    {
        var paging = Paging.From(page, pageSize);
        var (items, total) = await queries.MigrantStockAsync(new(destination, year, sex, revision, measure, aggregates), paging, ct);
        return TypedResults.Ok(new ListOutput<MigrantStockItem>(items, total, paging.Page, paging.PageSize));
    }

    private static async Task<FileContentHttpResult> MigrantStockCsv(string? destination, string? year, string? sex, string? revision, string? measure,
        string? aggregates, DatasetQueries queries, CancellationToken ct) =>
        TypedResults.File(DatasetCsv.MigrantStock((await queries.MigrantStockAsync(new(destination, year, sex, revision, measure, aggregates), null, ct)).Items),
            Csv, "migrant-stock.csv");

    private static async Task<FileContentHttpResult> MigrantStockSdmx(string? destination, string? year, string? sex, string? revision, string? measure,
        string? aggregates, DatasetQueries queries, CancellationToken ct)
    {
        var import = await queries.StockImportAsync(revision, ct);
        var (items, _) = await queries.MigrantStockAsync(new(destination, year, sex, revision, measure, aggregates), null, ct);
        return TypedResults.File(DatasetCsv.MigrantStockSdmx(items, import?.Title ?? ""), DatasetCsv.SdmxMediaType, "migrant-stock.sdmx.csv");
    }

    /// <param name="kind">migrants (default) or remittances.</param>
    /// <param name="year">A year; the latest by default.</param>
    /// <param name="origin">ISO3 of the origin (for remittances: the sending country).</param>
    /// <param name="destination">ISO3 of the destination (for remittances: the receiving country).</param>
    /// <param name="top">Only the N largest (1–500).</param>
    /// <param name="revision">A revision label.</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page (1–500, default 100).</param>
    /// <param name="queries">(service)</param>
    /// <param name="ct">(cancellation)</param>
    private static async Task<Ok<ListOutput<CorridorItem>>> Corridors(string? kind, string? year, string? origin, string? destination, string? top,
        string? revision, string? page, string? pageSize, DatasetQueries queries, CancellationToken ct)
    {
        var paging = Paging.From(page, pageSize);
        var (items, total) = await queries.CorridorsAsync(new(kind, year, origin, destination, top, revision), paging, ct);
        return TypedResults.Ok(string.IsNullOrWhiteSpace(top)
            ? new ListOutput<CorridorItem>(items, total, paging.Page, paging.PageSize)
            : ListOutput<CorridorItem>.Of(items));
    }

    private static async Task<FileContentHttpResult> CorridorsCsv(string? kind, string? year, string? origin, string? destination, string? top,
        string? revision, DatasetQueries queries, CancellationToken ct) =>
        TypedResults.File(DatasetCsv.Corridors((await queries.CorridorsAsync(new(kind, year, origin, destination, top, revision), null, ct)).Items), Csv, "corridors.csv");

    private static async Task<FileContentHttpResult> CorridorsSdmx(string? kind, string? year, string? origin, string? destination, string? top,
        string? revision, DatasetQueries queries, CancellationToken ct)
    {
        var (items, _) = await queries.CorridorsAsync(new(kind, year, origin, destination, top, revision), null, ct);
        // The query has checked kind and found the import; its title names the publication in DATA_SOURCE.
        var source = items.Count == 0 ? null : await queries.CorridorImportAsync(items[0].Kind, items[0].Year, items[0].Revision, ct);
        return TypedResults.File(DatasetCsv.CorridorsSdmx(items, source?.Import.Title ?? ""), DatasetCsv.SdmxMediaType, "corridors.sdmx.csv");
    }

    private static async Task<FileContentHttpResult> StateMigrationCsv(string iso3, StateMigration migration, CancellationToken ct)
    {
        var profile = await migration.ExecuteAsync(iso3, ct);
        return TypedResults.File(DatasetCsv.StateMigration(profile), Csv, $"{profile.Code}-migration.csv");
    }

    private static async Task<Ok<StateMigrationOutput>> StateMigration(string iso3, StateMigration migration, CancellationToken ct) =>
        TypedResults.Ok(await migration.ExecuteAsync(iso3, ct));

    /// <param name="code">The indicator code, e.g. BX.TRF.PWKR.CD.DT; end it with .csv or .sdmx.csv for a download.</param>
    /// <param name="state">ISO3 of a State (or an aggregate code such as WLD).</param>
    /// <param name="from">First year.</param>
    /// <param name="to">Last year.</param>
    /// <param name="aggregates">true: list the world, regions and income groups instead of countries.</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page (1–500, default 100).</param>
    /// <param name="queries">(service)</param>
    /// <param name="ct">(cancellation)</param>
    private static async Task<Results<Ok<ListOutput<IndicatorItem>>, FileContentHttpResult>> Indicator(string code, string? state, string? from, string? to,
        string? aggregates, string? page, string? pageSize, DatasetQueries queries, CancellationToken ct)
    {
        // Indicator codes contain dots, so the download suffixes are read here rather than routed separately.
        if (code.EndsWith(".sdmx.csv", StringComparison.OrdinalIgnoreCase))
        {
            var series = code[..^".sdmx.csv".Length];
            var import = await queries.IndicatorImportAsync(series, ct);
            var (items, _) = await queries.IndicatorAsync(series, state, from, to, aggregates, null, ct);
            return TypedResults.File(DatasetCsv.IndicatorSdmx(items, import?.Title ?? ""), DatasetCsv.SdmxMediaType, $"{series}.sdmx.csv");
        }
        if (code.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            var series = code[..^".csv".Length];
            return TypedResults.File(DatasetCsv.Indicator((await queries.IndicatorAsync(series, state, from, to, aggregates, null, ct)).Items), Csv, $"{series}.csv");
        }
        var paging = Paging.From(page, pageSize);
        var (list, total) = await queries.IndicatorAsync(code, state, from, to, aggregates, paging, ct);
        return TypedResults.Ok(new ListOutput<IndicatorItem>(list, total, paging.Page, paging.PageSize));
    }
}
