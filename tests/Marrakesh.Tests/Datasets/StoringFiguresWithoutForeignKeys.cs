using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Datasets;

/// <summary>
/// The figures' tables hold no foreign key to the import row (ADR 0011, DatasetFacts): the importer writes and deletes
/// them with their import, and a key checked again for every row would slow each import. A later migration that adds
/// one would quietly undo that.
/// </summary>
public sealed class StoringFiguresWithoutForeignKeys(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private const string Tables = "'datasets_stock_series', 'datasets_corridor_rows', 'datasets_indicator_tables'";

    [Fact]
    public async Task The_figures_tables_have_no_foreign_key()
    {
        (await app.CreateClient().GetAsync("/health")).EnsureSuccessStatusCode(); // the app migrates the database as it starts

        if (app.Database.IsPostgres)
        {
            Assert.Equal(3, await app.Database.CountAsync($"pg_class WHERE relname IN ({Tables}) AND relkind = 'r'"));
            Assert.Equal(0, await app.Database.CountAsync($"pg_constraint WHERE contype = 'f' AND conrelid IN (SELECT oid FROM pg_class WHERE relname IN ({Tables}))"));
        }
        else
        {
            Assert.Equal(3, await app.Database.CountAsync($"sqlite_master WHERE type = 'table' AND name IN ({Tables})"));
            Assert.Equal(0, await app.Database.CountAsync($"sqlite_master WHERE type = 'table' AND name IN ({Tables}) AND sql LIKE '%REFERENCES%'"));
        }
    }
}
