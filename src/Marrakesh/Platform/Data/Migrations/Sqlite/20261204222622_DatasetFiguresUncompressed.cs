using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marrakesh.Platform.Data.Migrations.Sqlite
{
    /// <summary>
    /// A step in step with PostgreSQL's migration of the same name, which stores the figures' JSON uncompressed.
    /// SQLite has no storage modes (text sits in its pages as written), so there is nothing to change here.
    /// </summary>
    public partial class DatasetFiguresUncompressed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
