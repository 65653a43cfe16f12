using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Marrakesh.Platform.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ActorType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OwnerState = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    OwnerOrganisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Form = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    JointType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Matches = table.Column<Guid>(type: "uuid", nullable: true),
                    Narrative = table.Column<string>(type: "character varying(3000)", maxLength: 3000, nullable: false),
                    AmountMinor = table.Column<long>(type: "bigint", nullable: true),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    Objectives = table.Column<List<int>>(type: "integer[]", nullable: false),
                    Actions = table.Column<List<string>>(type: "text[]", nullable: false),
                    Principles = table.Column<List<string>>(type: "text[]", nullable: false),
                    States = table.Column<List<string>>(type: "text[]", nullable: false),
                    Measure = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Baseline = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    TargetDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Responsible = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PledgeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
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
