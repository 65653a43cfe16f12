using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Marrakesh.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlansPledgesReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "commitments_commitments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StateIso3 = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Objective = table.Column<int>(type: "integer", nullable: false),
                    Actions = table.Column<List<string>>(type: "text[]", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    LeadInstitution = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Partners = table.Column<List<string>>(type: "text[]", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    TargetDate = table.Column<DateOnly>(type: "date", nullable: true),
                    BudgetMinor = table.Column<long>(type: "bigint", nullable: true),
                    BudgetCurrency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    Principles = table.Column<List<string>>(type: "text[]", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_commitments_commitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_commitments_commitments_states_states_StateIso3",
                        column: x => x.StateIso3,
                        principalTable: "states_states",
                        principalColumn: "Iso3",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "platform_record_versions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Change = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Snapshot = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_record_versions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reviews_cycles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Commission = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    RoundTables = table.Column<string>(type: "text", nullable: false),
                    Starts = table.Column<DateOnly>(type: "date", nullable: true),
                    Ends = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reviews_cycles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "commitments_pledge_objectives",
                columns: table => new
                {
                    PledgeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Objective = table.Column<int>(type: "integer", nullable: false),
                    ActorType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_commitments_pledge_objectives", x => new { x.PledgeId, x.Objective });
                    table.ForeignKey(
                        name: "FK_commitments_pledge_objectives_commitments_pledges_PledgeId",
                        column: x => x.PledgeId,
                        principalTable: "commitments_pledges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateTable(
                name: "reviews_national_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CycleId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StateIso3 = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Consulted = table.Column<List<string>>(type: "text[]", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reviews_national_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reviews_national_reviews_reviews_cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "reviews_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_reviews_national_reviews_states_states_StateIso3",
                        column: x => x.StateIso3,
                        principalTable: "states_states",
                        principalColumn: "Iso3",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reviews_sections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    Objective = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Narrative = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Evidence = table.Column<List<string>>(type: "text[]", nullable: false),
                    Indicators = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reviews_sections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reviews_sections_reviews_national_reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "reviews_national_reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_commitments_commitments_Objective",
                table: "commitments_commitments",
                column: "Objective");

            migrationBuilder.CreateIndex(
                name: "IX_commitments_commitments_StateIso3_Objective",
                table: "commitments_commitments",
                columns: new[] { "StateIso3", "Objective" });

            migrationBuilder.CreateIndex(
                name: "IX_commitments_pledge_objectives_Objective_ActorType",
                table: "commitments_pledge_objectives",
                columns: new[] { "Objective", "ActorType" });

            migrationBuilder.CreateIndex(
                name: "IX_commitments_pledge_progress_PledgeId",
                table: "commitments_pledge_progress",
                column: "PledgeId");

            migrationBuilder.CreateIndex(
                name: "IX_commitments_pledges_ActorType_Status",
                table: "commitments_pledges",
                columns: new[] { "ActorType", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_commitments_pledges_CreatedAt",
                table: "commitments_pledges",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_commitments_pledges_Currency_AmountMinor_Status",
                table: "commitments_pledges",
                columns: new[] { "Currency", "AmountMinor", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_commitments_pledges_Matches",
                table: "commitments_pledges",
                column: "Matches");

            migrationBuilder.CreateIndex(
                name: "IX_commitments_pledges_OwnerState",
                table: "commitments_pledges",
                column: "OwnerState");

            migrationBuilder.CreateIndex(
                name: "IX_commitments_pledges_Status",
                table: "commitments_pledges",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_platform_record_versions_Kind_RecordId_Version",
                table: "platform_record_versions",
                columns: new[] { "Kind", "RecordId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reviews_cycles_Kind_Year",
                table: "reviews_cycles",
                columns: new[] { "Kind", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_reviews_national_reviews_CycleId_StateIso3",
                table: "reviews_national_reviews",
                columns: new[] { "CycleId", "StateIso3" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reviews_national_reviews_StateIso3",
                table: "reviews_national_reviews",
                column: "StateIso3");

            migrationBuilder.CreateIndex(
                name: "IX_reviews_sections_ReviewId_Objective",
                table: "reviews_sections",
                columns: new[] { "ReviewId", "Objective" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "commitments_commitments");

            migrationBuilder.DropTable(
                name: "commitments_pledge_objectives");

            migrationBuilder.DropTable(
                name: "commitments_pledge_progress");

            migrationBuilder.DropTable(
                name: "platform_record_versions");

            migrationBuilder.DropTable(
                name: "reviews_sections");

            migrationBuilder.DropTable(
                name: "commitments_pledges");

            migrationBuilder.DropTable(
                name: "reviews_national_reviews");

            migrationBuilder.DropTable(
                name: "reviews_cycles");
        }
    }
}
