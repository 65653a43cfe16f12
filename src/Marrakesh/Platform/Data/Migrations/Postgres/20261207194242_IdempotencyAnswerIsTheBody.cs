using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marrakesh.Platform.Data.Migrations.Postgres
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
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StatusCode",
                table: "fund_idempotency_keys",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }
    }
}
