using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marrakesh.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Pledges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "commitments_pledges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActorType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OwnerState = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    OwnerOrganisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Form = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    JointType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Matches = table.Column<Guid>(type: "TEXT", nullable: true),
                    Narrative = table.Column<string>(type: "TEXT", maxLength: 3000, nullable: false),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Objectives = table.Column<string>(type: "TEXT", nullable: false),
                    Actions = table.Column<string>(type: "TEXT", nullable: false),
                    Principles = table.Column<string>(type: "TEXT", nullable: false),
                    States = table.Column<string>(type: "TEXT", nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Baseline = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TargetDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Responsible = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_commitments_pledges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_commitments_pledges_commitments_pledges_Matches",
                        column: x => x.Matches,
                        principalTable: "commitments_pledges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "commitments_pledge_progress",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PledgeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_commitments_pledge_progress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_commitments_pledge_progress_commitments_pledges_PledgeId",
                        column: x => x.PledgeId,
                        principalTable: "commitments_pledges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_commitments_pledge_progress_PledgeId",
                table: "commitments_pledge_progress",
                column: "PledgeId");

            migrationBuilder.CreateIndex(
                name: "IX_commitments_pledges_ActorType",
                table: "commitments_pledges",
                column: "ActorType");

            migrationBuilder.CreateIndex(
                name: "IX_commitments_pledges_Matches",
                table: "commitments_pledges",
                column: "Matches");

            migrationBuilder.CreateIndex(
                name: "IX_commitments_pledges_OwnerState",
                table: "commitments_pledges",
                column: "OwnerState");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "commitments_pledge_progress");

            migrationBuilder.DropTable(
                name: "commitments_pledges");
        }
    }
}
