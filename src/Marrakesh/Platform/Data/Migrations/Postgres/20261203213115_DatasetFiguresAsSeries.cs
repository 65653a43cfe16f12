using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marrakesh.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DatasetFiguresAsSeries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "datasets_corridor_rows",
                columns: table => new
                {
                    ImportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Origin = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OriginIsAggregate = table.Column<bool>(type: "boolean", nullable: false),
                    Destinations = table.Column<string>(type: "text", nullable: false),
                    AggregateDestinations = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_datasets_corridor_rows", x => new { x.ImportId, x.Year, x.Origin });
                });

            migrationBuilder.CreateTable(
                name: "datasets_indicator_tables",
                columns: table => new
                {
                    ImportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Indicator = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Places = table.Column<string>(type: "text", nullable: false),
                    AggregatePlaces = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_datasets_indicator_tables", x => new { x.ImportId, x.Indicator });
                });

            migrationBuilder.CreateTable(
                name: "datasets_stock_series",
                columns: table => new
                {
                    ImportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Measure = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Location = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    IsAggregate = table.Column<bool>(type: "boolean", nullable: false),
                    Points = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_datasets_stock_series", x => new { x.ImportId, x.Measure, x.Location });
                });

            // Every figure moves into its series before the old tables go.
            Modules.Datasets.DatasetSeriesConversion.ToSeries(migrationBuilder);

            migrationBuilder.DropTable(
                name: "datasets_corridors");

            migrationBuilder.DropTable(
                name: "datasets_indicator_values");

            migrationBuilder.DropTable(
                name: "datasets_migrant_stock");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "datasets_corridors",
                columns: table => new
                {
                    ImportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Origin = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Destination = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DestinationIsAggregate = table.Column<bool>(type: "boolean", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OriginIsAggregate = table.Column<bool>(type: "boolean", nullable: false),
                    Value = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_datasets_corridors", x => new { x.ImportId, x.Year, x.Origin, x.Destination });
                });

            migrationBuilder.CreateTable(
                name: "datasets_indicator_values",
                columns: table => new
                {
                    ImportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Indicator = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Location = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    IsAggregate = table.Column<bool>(type: "boolean", nullable: false),
                    Value = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_datasets_indicator_values", x => new { x.ImportId, x.Indicator, x.Location, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "datasets_migrant_stock",
                columns: table => new
                {
                    ImportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Measure = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Location = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sex = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    IsAggregate = table.Column<bool>(type: "boolean", nullable: false),
                    Value = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_datasets_migrant_stock", x => new { x.ImportId, x.Measure, x.Location, x.Year, x.Sex });
                });

            migrationBuilder.CreateIndex(
                name: "IX_datasets_corridors_ImportId_Year_Destination",
                table: "datasets_corridors",
                columns: new[] { "ImportId", "Year", "Destination" });

            Modules.Datasets.DatasetSeriesConversion.ToFigures(migrationBuilder);

            migrationBuilder.DropTable(
                name: "datasets_corridor_rows");

            migrationBuilder.DropTable(
                name: "datasets_indicator_tables");

            migrationBuilder.DropTable(
                name: "datasets_stock_series");
        }
    }
}
