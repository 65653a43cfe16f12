using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marrakesh.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DatasetFiguresClustered : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            Marrakesh.Modules.Datasets.DatasetSchema.Cluster(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            Marrakesh.Modules.Datasets.DatasetSchema.Uncluster(migrationBuilder);
        }
    }
}
