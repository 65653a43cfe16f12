using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marrakesh.Platform.Data.Migrations.Postgres
{
    /// <summary>
    /// The figures' JSON columns are kept out of line but not compressed (STORAGE EXTERNAL): compressing a large
    /// value with pglz cost a PostgreSQL import a few milliseconds of every write and every read decompressed it
    /// again, to save a few MB. Rows written before keep their form until they are replaced.
    /// </summary>
    public partial class DatasetFiguresUncompressed : Migration
    {
        private static readonly (string Table, string Column)[] Columns =
        [
            ("datasets_stock_series", "Points"),
            ("datasets_corridor_rows", "Destinations"),
            ("datasets_corridor_rows", "AggregateDestinations"),
            ("datasets_indicator_tables", "Places"),
            ("datasets_indicator_tables", "AggregatePlaces"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, column) in Columns)
            {
                migrationBuilder.Sql($"ALTER TABLE {table} ALTER COLUMN \"{column}\" SET STORAGE EXTERNAL;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, column) in Columns)
            {
                migrationBuilder.Sql($"ALTER TABLE {table} ALTER COLUMN \"{column}\" SET STORAGE EXTENDED;");
            }
        }
    }
}
