using Microsoft.EntityFrameworkCore.Migrations;

namespace Marrakesh.Modules.Datasets;

/// <summary>
/// For the migration <c>DatasetFiguresClustered</c> only, kept so that it still runs on an older database: SQLite only,
/// and beyond what EF Core's model can say, it made the per-figure tables of that time WITHOUT ROWID tables, stored in
/// the order of their primary key (a rowid table kept each figure twice, the row and the key's index). The migration
/// <c>DatasetFiguresAsSeries</c> replaced those tables with a row per series (<see cref="DatasetSeriesConversion"/>);
/// rows of a few KB of JSON belong in ordinary rowid tables, so nothing calls this any more.
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
