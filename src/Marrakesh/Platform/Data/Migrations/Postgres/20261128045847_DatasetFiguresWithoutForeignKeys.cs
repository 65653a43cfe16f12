using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marrakesh.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DatasetFiguresWithoutForeignKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_datasets_corridors_datasets_imports_ImportId",
                table: "datasets_corridors");

            migrationBuilder.DropForeignKey(
                name: "FK_datasets_indicator_values_datasets_imports_ImportId",
                table: "datasets_indicator_values");

            migrationBuilder.DropForeignKey(
                name: "FK_datasets_migrant_stock_datasets_imports_ImportId",
                table: "datasets_migrant_stock");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddForeignKey(
                name: "FK_datasets_corridors_datasets_imports_ImportId",
                table: "datasets_corridors",
                column: "ImportId",
                principalTable: "datasets_imports",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_datasets_indicator_values_datasets_imports_ImportId",
                table: "datasets_indicator_values",
                column: "ImportId",
                principalTable: "datasets_imports",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_datasets_migrant_stock_datasets_imports_ImportId",
                table: "datasets_migrant_stock",
                column: "ImportId",
                principalTable: "datasets_imports",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
