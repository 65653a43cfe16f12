using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marrakesh.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Datasets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "datasets_imports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Revision = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Holds = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstYear = table.Column<int>(type: "INTEGER", nullable: false),
                    LastYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_datasets_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "datasets_locations",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsAggregate = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_datasets_locations", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "datasets_corridors",
                columns: table => new
                {
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Destination = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OriginIsAggregate = table.Column<bool>(type: "INTEGER", nullable: false),
                    DestinationIsAggregate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_datasets_corridors", x => new { x.ImportId, x.Year, x.Origin, x.Destination });
                    table.ForeignKey(
                        name: "FK_datasets_corridors_datasets_imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "datasets_imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "datasets_indicator_values",
                columns: table => new
                {
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Indicator = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    IsAggregate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_datasets_indicator_values", x => new { x.ImportId, x.Indicator, x.Location, x.Year });
                    table.ForeignKey(
                        name: "FK_datasets_indicator_values_datasets_imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "datasets_imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "datasets_migrant_stock",
                columns: table => new
                {
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    IsAggregate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_datasets_migrant_stock", x => new { x.ImportId, x.Measure, x.Location, x.Year, x.Sex });
                    table.ForeignKey(
                        name: "FK_datasets_migrant_stock_datasets_imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "datasets_imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_datasets_corridors_Destination_Kind_Year",
                table: "datasets_corridors",
                columns: new[] { "Destination", "Kind", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_datasets_corridors_Kind_Year_Value",
                table: "datasets_corridors",
                columns: new[] { "Kind", "Year", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_datasets_corridors_Origin_Kind_Year",
                table: "datasets_corridors",
                columns: new[] { "Origin", "Kind", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_datasets_imports_Source_Revision",
                table: "datasets_imports",
                columns: new[] { "Source", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_datasets_indicator_values_Indicator_Location_Year",
                table: "datasets_indicator_values",
                columns: new[] { "Indicator", "Location", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_datasets_migrant_stock_Location_Measure_Year",
                table: "datasets_migrant_stock",
                columns: new[] { "Location", "Measure", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "datasets_corridors");

            migrationBuilder.DropTable(
                name: "datasets_indicator_values");

            migrationBuilder.DropTable(
                name: "datasets_locations");

            migrationBuilder.DropTable(
                name: "datasets_migrant_stock");

            migrationBuilder.DropTable(
                name: "datasets_imports");
        }
    }
}
