using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marrakesh.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchVectorsOwnTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            Marrakesh.Modules.Knowledge.Search.SearchSchema.MoveVectorsToOwnTable(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Marrakesh.Modules.Knowledge.Search.SearchSchema.MoveVectorsBack(migrationBuilder);
        }
    }
}
