using Microsoft.EntityFrameworkCore.Migrations;

namespace Marrakesh.Modules.Datasets;

/// <summary>
/// SQLite only, and beyond what EF Core's model can say: the figures' tables become WITHOUT ROWID tables, stored in
/// the order of their primary key. A rowid table keeps each figure twice — the row, and the key's index pointing at
/// it — so every import wrote two B-trees and every replace deleted from two; clustered on the key, it is one.
/// Called by hand from the migration <c>DatasetFiguresClustered</c>. A later migration that makes EF Core rebuild one
/// of these tables (SQLite rebuilds a table for most changes) would bring the rowid back: still correct, only slower,
/// so such a migration should call <see cref="Cluster"/> again. <see cref="Figures"/> describes the tables as that
/// migration found them: the later <c>DatasetStockServedByKey</c> dropped the migrant-stock table's second index, so a
/// rebuild after it should leave that index out.
/// </summary>
public static class DatasetSchema
{
    private sealed record Table(string Name, string Columns, string Key, string[] Indexes);

    private static readonly Table[] Figures =
    [
        new("datasets_migrant_stock",
            """ "ImportId" TEXT NOT NULL, "Measure" TEXT NOT NULL, "Location" TEXT NOT NULL, "Year" INTEGER NOT NULL, "Sex" TEXT NOT NULL, "IsAggregate" INTEGER NOT NULL, "Value" REAL NOT NULL""",
            """ "ImportId", "Measure", "Location", "Year", "Sex" """,
            ["""CREATE INDEX "IX_datasets_migrant_stock_Location_Measure_Year" ON "datasets_migrant_stock" ("Location", "Measure", "Year");"""]),
        new("datasets_corridors",
            """ "ImportId" TEXT NOT NULL, "Year" INTEGER NOT NULL, "Origin" TEXT NOT NULL, "Destination" TEXT NOT NULL, "Kind" TEXT NOT NULL, "OriginIsAggregate" INTEGER NOT NULL, "DestinationIsAggregate" INTEGER NOT NULL, "Value" REAL NOT NULL""",
            """ "ImportId", "Year", "Origin", "Destination" """,
            ["""CREATE INDEX "IX_datasets_corridors_ImportId_Year_Destination" ON "datasets_corridors" ("ImportId", "Year", "Destination");"""]),
        new("datasets_indicator_values",
            """ "ImportId" TEXT NOT NULL, "Indicator" TEXT NOT NULL, "Location" TEXT NOT NULL, "Year" INTEGER NOT NULL, "IsAggregate" INTEGER NOT NULL, "Value" REAL NOT NULL""",
            """ "ImportId", "Indicator", "Location", "Year" """,
            []),
    ];

    public static void Cluster(MigrationBuilder migration) => Rebuild(migration, "WITHOUT ROWID");

    public static void Uncluster(MigrationBuilder migration) => Rebuild(migration, "");

    private static void Rebuild(MigrationBuilder migration, string options)
    {
        if (migration.ActiveProvider != "Microsoft.EntityFrameworkCore.Sqlite")
        {
            return;
        }
        foreach (var table in Figures)
        {
            var columns = string.Join(", ", table.Columns.Split(',').Select(c => c.Trim().Split(' ')[0]));
            migration.Sql($"""
                CREATE TABLE "{table.Name}_rebuilt" ({table.Columns}, CONSTRAINT "PK_{table.Name}" PRIMARY KEY ({table.Key})) {options};
                INSERT INTO "{table.Name}_rebuilt" ({columns}) SELECT {columns} FROM "{table.Name}";
                DROP TABLE "{table.Name}";
                ALTER TABLE "{table.Name}_rebuilt" RENAME TO "{table.Name}";
                {string.Join("\n", table.Indexes)}
                """);
        }
    }
}
