using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Datasets;

/// <summary>
/// The figures' tables are stored as ADR 0011 says, beyond what EF Core's model expresses: on SQLite clustered on
/// their key (WITHOUT ROWID, DatasetSchema), on both databases without a foreign key to the import row. A later
/// migration that rebuilds one of them would quietly undo that and slow every import.
/// </summary>
public sealed class StoringFiguresInKeyOrder(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private const string Tables = "'datasets_migrant_stock', 'datasets_corridors', 'datasets_indicator_values'";

    [Fact]
    public async Task The_figures_tables_are_stored_as_designed()
    {
        (await app.CreateClient().GetAsync("/health")).EnsureSuccessStatusCode(); // the app migrates the database as it starts

        if (app.Database.IsPostgres)
        {
            Assert.Equal(3, await app.Database.CountAsync($"pg_class WHERE relname IN ({Tables}) AND relkind = 'r'"));
            Assert.Equal(0, await app.Database.CountAsync($"pg_constraint WHERE contype = 'f' AND conrelid IN (SELECT oid FROM pg_class WHERE relname IN ({Tables}))"));
        }
        else
        {
            Assert.Equal(3, await app.Database.CountAsync($"sqlite_master WHERE type = 'table' AND name IN ({Tables}) AND sql LIKE '%WITHOUT ROWID%'"));
            Assert.Equal(0, await app.Database.CountAsync($"sqlite_master WHERE type = 'table' AND name IN ({Tables}) AND sql LIKE '%REFERENCES%'"));
        }
    }
}
