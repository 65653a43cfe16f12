using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marrakesh.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IdempotencyAnswerIsTheBody : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Location",
                table: "fund_idempotency_keys");

            migrationBuilder.DropColumn(
                name: "StatusCode",
                table: "fund_idempotency_keys");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Location",
                table: "fund_idempotency_keys",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StatusCode",
                table: "fund_idempotency_keys",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }
    }
}
