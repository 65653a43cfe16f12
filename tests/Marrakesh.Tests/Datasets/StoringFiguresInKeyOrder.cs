using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Datasets;

/// <summary>
/// On SQLite the figures' tables are WITHOUT ROWID, clustered on their key (DatasetSchema), which EF Core's model
/// cannot express: a later migration that rebuilds one of them would quietly bring the rowid back and halve import speed.
/// </summary>
public sealed class StoringFiguresInKeyOrder(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [SqliteFact]
    public async Task The_figures_tables_are_clustered_on_their_key()
    {
        await app.CreateClient().GetAsync("/health"); // the app migrates the database as it starts

        Assert.Equal(3, await app.Database.CountAsync(
            "sqlite_master WHERE type = 'table' AND name IN ('datasets_migrant_stock', 'datasets_corridors', 'datasets_indicator_values') AND sql LIKE '%WITHOUT ROWID%'"));
    }
}
