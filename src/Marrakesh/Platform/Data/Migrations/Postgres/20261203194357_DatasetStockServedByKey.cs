using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marrakesh.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DatasetStockServedByKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_datasets_migrant_stock_Location_Measure_Year",
                table: "datasets_migrant_stock");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_datasets_migrant_stock_Location_Measure_Year",
                table: "datasets_migrant_stock",
                columns: new[] { "Location", "Measure", "Year" });
        }
    }
}
