using System.Globalization;
using Marrakesh.Modules.Datasets;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Marrakesh.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Marrakesh.Tests.Datasets;

/// <summary>
/// The migration DatasetFiguresAsSeries moves figures stored a row each into a row per series, on a database that
/// already holds imports: every figure arrives with its exact value (including doubles that need 17 digits), countries
/// and aggregates stay apart, and its Down brings back the same rows.
/// </summary>
public sealed class MovingFiguresIntoSeries : IAsyncLifetime
{
    private const string Before = "DatasetStockServedByKey";
    private const string StockImport = "A1B2C3D4-0000-4000-8000-000000000001";
    private const string CorridorImport = "A1B2C3D4-0000-4000-8000-000000000002";
    private const string IndicatorImport = "A1B2C3D4-0000-4000-8000-000000000003";

    // Values a printf with 15 significant digits (SQLite's JSON functions) would change.
    private const double Awkward = 0.1 + 0.2;
    private const double Third = 1.0 / 3;
    private const double Dollars = 1234.567 * 1e6;

    private readonly TestDatabase database = new();
    private ServiceProvider services = null!;

    public Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MARRAKESH_DB"] = database.ConnectionString }).Build();
        services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddSingleton(TimeProvider.System)
            .AddSingleton<IAuditActor>(SystemActor.Instance).AddMarrakeshCore(configuration).BuildServiceProvider();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await database.DisposeAsync();
    }

    private async Task MigrateAsync(string? target)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().GetService<IMigrator>().MigrateAsync(target);
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private async Task SeedOldRowsAsync()
    {
        static string Import(string id, string source, string holds, int first, int last) =>
            $"""INSERT INTO datasets_imports ("Id", "Source", "Revision", "Holds", "Title", "FileName", "Sha256", "Rows", "FirstYear", "LastYear", "ImportedAt", "ImportedBy") VALUES ('{id}', '{source}', 'Old', '{holds}', 'Old figures', 'old.xlsx', 'ab', 4, {first}, {last}, '2026-01-01 00:00:00', 'test');""";
        await database.ExecuteRawAsync(
            Import(StockImport, DatasetSources.MigrantStock, "migrant-stock", 1990, 2020)
            + Import(CorridorImport, DatasetSources.BilateralRemittances, "corridors-remittances", 2021, 2021)
            + Import(IndicatorImport, "wdi:TEST.OLD", "indicators", 2000, 2001)
            + $"""
              INSERT INTO datasets_migrant_stock ("ImportId", "Measure", "Location", "Year", "Sex", "IsAggregate", "Value") VALUES
                ('{StockImport}', 'stock', 'MAR', 2020, 'male', false, {Number(Awkward)}),
                ('{StockImport}', 'stock', 'MAR', 2020, 'both', false, 280598105),
                ('{StockImport}', 'stock', 'MAR', 1990, 'both', false, {Number(Third)}),
                ('{StockImport}', 'stock', 'WLD', 2020, 'both', true, 1e15);
              INSERT INTO datasets_corridors ("ImportId", "Year", "Origin", "Destination", "Kind", "OriginIsAggregate", "DestinationIsAggregate", "Value") VALUES
                ('{CorridorImport}', 2021, 'FRA', 'MAR', 'remittances', false, false, {Number(Dollars)}),
                ('{CorridorImport}', 2021, 'FRA', 'ESP', 'remittances', false, false, 5),
                ('{CorridorImport}', 2021, 'FRA', 'WLD', 'remittances', false, true, 7.25),
                ('{CorridorImport}', 2021, 'WLD', 'MAR', 'remittances', true, false, 9);
              INSERT INTO datasets_indicator_values ("ImportId", "Indicator", "Location", "Year", "IsAggregate", "Value") VALUES
                ('{IndicatorImport}', 'TEST.OLD', 'MAR', 2001, false, {Number(Awkward)}),
                ('{IndicatorImport}', 'TEST.OLD', 'MAR', 2000, false, -4.5e-7),
                ('{IndicatorImport}', 'TEST.OLD', 'WLD', 2000, true, 12);
              """);
    }

    [Fact]
    public async Task Every_figure_moves_into_its_series_exactly_and_back()
    {
        await MigrateAsync(Before);
        await SeedOldRowsAsync();

        await MigrateAsync(null);

        await using (var scope = services.CreateAsyncScope())
        {
            var queries = scope.ServiceProvider.GetRequiredService<DatasetQueries>();
            var (stock, total) = await queries.MigrantStockAsync(new MigrantStockFilter("MAR", null, null, "Old", null, null), null, CancellationToken.None);
            Assert.Equal(3, total);
            Assert.Equal([(1990, "both", Third), (2020, "both", 280598105d), (2020, "male", Awkward)], stock.Select(s => (s.Year, s.Sex, s.Value)));
            var (world, _) = await queries.MigrantStockAsync(new MigrantStockFilter(null, null, null, "Old", null, "true"), null, CancellationToken.None);
            Assert.Equal(("WLD", 1e15), world.Select(w => (w.Destination, w.Value)).Single());

            var (corridors, _) = await queries.CorridorsAsync(new CorridorFilter("remittances", "2021", null, null, null, "Old"), null, CancellationToken.None);
            Assert.Equal([("FRA", "MAR", Dollars, "remittances"), ("FRA", "ESP", 5d, "remittances")], corridors.Select(c => (c.Origin, c.Destination, c.Value, c.Kind)));
            var (toWorld, _) = await queries.CorridorsAsync(new CorridorFilter("remittances", "2021", "FRA", "WLD", null, "Old"), null, CancellationToken.None);
            Assert.Equal(7.25, toWorld.Single().Value);

            var (indicator, _) = await queries.IndicatorAsync("TEST.OLD", "MAR", null, null, null, null, CancellationToken.None);
            Assert.Equal([(2000, -4.5e-7), (2001, Awkward)], indicator.Select(i => (i.Year, i.Value)));
            var (aggregates, _) = await queries.IndicatorAsync("TEST.OLD", null, null, null, "true", null, CancellationToken.None);
            Assert.Equal(("WLD", 2000, 12d), aggregates.Select(a => (a.State, a.Year, a.Value)).Single());
        }
        Assert.Equal(0, await database.CountAsync(database.IsPostgres
            ? "pg_class WHERE relname IN ('datasets_migrant_stock', 'datasets_corridors', 'datasets_indicator_values')"
            : "sqlite_master WHERE name IN ('datasets_migrant_stock', 'datasets_corridors', 'datasets_indicator_values')"));

        await MigrateAsync(Before);

        Assert.Equal(4, await database.CountAsync("datasets_migrant_stock"));
        Assert.Equal(1, await database.CountAsync($"datasets_migrant_stock WHERE \"Sex\" = 'male' AND \"Value\" = {Number(Awkward)}"));
        Assert.Equal(1, await database.CountAsync($"datasets_migrant_stock WHERE \"Location\" = 'WLD' AND \"IsAggregate\" = true AND \"Value\" = 1e15"));
        Assert.Equal(4, await database.CountAsync("datasets_corridors WHERE \"Kind\" = 'remittances'"));
        Assert.Equal(1, await database.CountAsync($"datasets_corridors WHERE \"Destination\" = 'MAR' AND \"Origin\" = 'FRA' AND \"DestinationIsAggregate\" = false AND \"Value\" = {Number(Dollars)}"));
        Assert.Equal(1, await database.CountAsync("datasets_corridors WHERE \"Destination\" = 'WLD' AND \"DestinationIsAggregate\" = true AND \"Value\" = 7.25"));
        Assert.Equal(1, await database.CountAsync("datasets_corridors WHERE \"Origin\" = 'WLD' AND \"OriginIsAggregate\" = true"));
        Assert.Equal(3, await database.CountAsync("datasets_indicator_values"));
        Assert.Equal(1, await database.CountAsync($"datasets_indicator_values WHERE \"Year\" = 2001 AND \"IsAggregate\" = false AND \"Value\" = {Number(Awkward)}"));
        Assert.Equal(1, await database.CountAsync("datasets_indicator_values WHERE \"Location\" = 'WLD' AND \"IsAggregate\" = true AND \"Value\" = 12"));
    }
}
