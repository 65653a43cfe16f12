using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Datasets;

/// <summary>
/// The figures' tables hold no foreign key to the import row (ADR 0011, DatasetFacts): the importer writes and deletes
/// them with their import, and a key checked again for every row would slow each import. A later migration that adds
/// one would quietly undo that. On PostgreSQL the JSON columns are also kept uncompressed (the initial
/// migration): pglz cost every import and every read a few milliseconds.
/// </summary>
public sealed class StoringFiguresWithoutForeignKeys(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private const string Tables = "'datasets_stock_series', 'datasets_corridor_rows', 'datasets_indicator_tables'";

    [Fact]
    public async Task The_figures_tables_have_no_foreign_key_and_their_JSON_is_not_compressed()
    {
        (await app.CreateClient().GetAsync("/health")).EnsureSuccessStatusCode(); // the app migrates the database as it starts

        if (app.Database.IsPostgres)
        {
            Assert.Equal(3, await app.Database.CountAsync($"pg_class WHERE relname IN ({Tables}) AND relkind = 'r'"));
            Assert.Equal(0, await app.Database.CountAsync($"pg_constraint WHERE contype = 'f' AND conrelid IN (SELECT oid FROM pg_class WHERE relname IN ({Tables}))"));
            var json = $"pg_attribute WHERE attrelid IN (SELECT oid FROM pg_class WHERE relname IN ({Tables}))"
                + " AND attname IN ('Points', 'Destinations', 'AggregateDestinations', 'Places', 'AggregatePlaces')";
            Assert.Equal(5, await app.Database.CountAsync(json));
            Assert.Equal(5, await app.Database.CountAsync($"{json} AND attstorage = 'e'"));
        }
        else
        {
            Assert.Equal(3, await app.Database.CountAsync($"sqlite_master WHERE type = 'table' AND name IN ({Tables})"));
            Assert.Equal(0, await app.Database.CountAsync($"sqlite_master WHERE type = 'table' AND name IN ({Tables}) AND sql LIKE '%REFERENCES%'"));
        }
    }
}
