using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marrakesh.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DatasetIndexesServeQueries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_datasets_indicator_values_Indicator_Location_Year",
                table: "datasets_indicator_values");

            migrationBuilder.DropIndex(
                name: "IX_datasets_corridors_Destination_Kind_Year",
                table: "datasets_corridors");

            migrationBuilder.DropIndex(
                name: "IX_datasets_corridors_Kind_Year_Value",
                table: "datasets_corridors");

            migrationBuilder.DropIndex(
                name: "IX_datasets_corridors_Origin_Kind_Year",
                table: "datasets_corridors");

            migrationBuilder.CreateIndex(
                name: "IX_datasets_corridors_ImportId_Year_Destination",
                table: "datasets_corridors",
                columns: new[] { "ImportId", "Year", "Destination" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_datasets_corridors_ImportId_Year_Destination",
                table: "datasets_corridors");

            migrationBuilder.CreateIndex(
                name: "IX_datasets_indicator_values_Indicator_Location_Year",
                table: "datasets_indicator_values",
                columns: new[] { "Indicator", "Location", "Year" });

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
        }
    }
}
