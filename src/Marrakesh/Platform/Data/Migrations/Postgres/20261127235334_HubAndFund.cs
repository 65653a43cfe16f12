using System;
using System.Collections.Generic;
using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Marrakesh.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HubAndFund : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fund_account_balances",
                columns: table => new
                {
                    Account = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BalanceMinor = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_account_balances", x => x.Account);
                });

            migrationBuilder.CreateTable(
                name: "fund_agreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Contributor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContributorType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AmountMinor = table.Column<long>(type: "bigint", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PledgeId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_agreements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fund_idempotency_keys",
                columns: table => new
                {
                    Caller = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StatusCode = table.Column<int>(type: "integer", nullable: false),
                    Location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Body = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_idempotency_keys", x => new { x.Caller, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "fund_ledger_transactions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: true),
                    ContributionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Organisation = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ReversesId = table.Column<long>(type: "bigint", nullable: true),
                    Memo = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_ledger_transactions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_fund_ledger_transactions_fund_ledger_transactions_ReversesId",
                        column: x => x.ReversesId,
                        principalTable: "fund_ledger_transactions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "fund_programmes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Countries = table.Column<List<string>>(type: "text[]", nullable: false),
                    ThematicArea = table.Column<int>(type: "integer", nullable: false),
                    Objectives = table.Column<List<int>>(type: "integer[]", nullable: false),
                    Organisations = table.Column<List<string>>(type: "text[]", nullable: false),
                    BudgetMinor = table.Column<long>(type: "bigint", nullable: false),
                    GenderMarker = table.Column<int>(type: "integer", nullable: true),
                    HumanRightsMarker = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: true),
                    AllocatedMinor = table.Column<long>(type: "bigint", nullable: false),
                    HubRequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProposedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ProposedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_programmes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fund_thematic_areas",
                columns: table => new
                {
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Verified = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Objectives = table.Column<List<int>>(type: "integer[]", nullable: false),
                    ObjectivesSource = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    MappedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MappedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_thematic_areas", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "hub_offers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Provider = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProviderType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Objectives = table.Column<List<int>>(type: "integer[]", nullable: false),
                    Topics = table.Column<List<string>>(type: "text[]", nullable: false),
                    Languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    Regions = table.Column<List<string>>(type: "text[]", nullable: false),
                    Modality = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    AvailableFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    AvailableUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hub_offers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "hub_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StateIso3 = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Objectives = table.Column<List<int>>(type: "integer[]", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Need = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    Modality = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Timeline = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Contact = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StatusSince = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DeclineReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Feedback = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hub_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fund_contributions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Contributor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContributorType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ContributorState = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    AmountMinor = table.Column<long>(type: "bigint", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    RateToUsd = table.Column<decimal>(type: "numeric(18,8)", precision: 18, scale: 8, nullable: false),
                    UsdMinor = table.Column<long>(type: "bigint", nullable: false),
                    FeeMinor = table.Column<long>(type: "bigint", nullable: false),
                    Earmark = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    PledgeId = table.Column<Guid>(type: "uuid", nullable: true),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: true),
                    TransactionId = table.Column<long>(type: "bigint", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_contributions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_fund_contributions_fund_agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "fund_agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "fund_ledger_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TransactionId = table.Column<long>(type: "bigint", nullable: false),
                    Account = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AmountMinor = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_ledger_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_fund_ledger_entries_fund_ledger_transactions_TransactionId",
                        column: x => x.TransactionId,
                        principalTable: "fund_ledger_transactions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "fund_expenditures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Organisation = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    AmountMinor = table.Column<long>(type: "bigint", nullable: false),
                    Certified = table.Column<bool>(type: "boolean", nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReportedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CertifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CertifiedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_expenditures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_fund_expenditures_fund_programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "fund_programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "fund_programme_decisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Decision = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_programme_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_fund_programme_decisions_fund_programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "fund_programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "hub_request_partners",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfferId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hub_request_partners", x => new { x.RequestId, x.OfferId });
                    table.ForeignKey(
                        name: "FK_hub_request_partners_hub_offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "hub_offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_hub_request_partners_hub_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "hub_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hub_request_steps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    To = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hub_request_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_hub_request_steps_hub_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "hub_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_fund_agreements_PledgeId",
                table: "fund_agreements",
                column: "PledgeId");

            migrationBuilder.CreateIndex(
                name: "IX_fund_contributions_AgreementId",
                table: "fund_contributions",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_fund_contributions_Date",
                table: "fund_contributions",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_fund_contributions_PledgeId",
                table: "fund_contributions",
                column: "PledgeId");

            migrationBuilder.CreateIndex(
                name: "IX_fund_contributions_TransactionId",
                table: "fund_contributions",
                column: "TransactionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_fund_expenditures_ProgrammeId_Organisation_Year",
                table: "fund_expenditures",
                columns: new[] { "ProgrammeId", "Organisation", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_fund_ledger_entries_Account_AmountMinor",
                table: "fund_ledger_entries",
                columns: new[] { "Account", "AmountMinor" });

            migrationBuilder.CreateIndex(
                name: "IX_fund_ledger_entries_TransactionId",
                table: "fund_ledger_entries",
                column: "TransactionId");

            migrationBuilder.CreateIndex(
                name: "IX_fund_ledger_transactions_ProgrammeId",
                table: "fund_ledger_transactions",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_fund_ledger_transactions_ReversesId",
                table: "fund_ledger_transactions",
                column: "ReversesId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_fund_programme_decisions_ProgrammeId",
                table: "fund_programme_decisions",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_fund_programmes_HubRequestId",
                table: "fund_programmes",
                column: "HubRequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_fund_programmes_Status_Priority",
                table: "fund_programmes",
                columns: new[] { "Status", "Priority" });

            migrationBuilder.CreateIndex(
                name: "IX_hub_offers_CreatedAt",
                table: "hub_offers",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_hub_offers_Provider",
                table: "hub_offers",
                column: "Provider");

            migrationBuilder.CreateIndex(
                name: "IX_hub_request_partners_OfferId",
                table: "hub_request_partners",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_hub_request_steps_RequestId_At",
                table: "hub_request_steps",
                columns: new[] { "RequestId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_hub_requests_CreatedAt",
                table: "hub_requests",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_hub_requests_ProgrammeId",
                table: "hub_requests",
                column: "ProgrammeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_hub_requests_Status_StateIso3",
                table: "hub_requests",
                columns: new[] { "Status", "StateIso3" });

            // Postings and steering-committee decisions are never changed: corrections are new, reversing rows.
            AppendOnly.Create(migrationBuilder, "fund_ledger_transactions");
            AppendOnly.Create(migrationBuilder, "fund_ledger_entries");
            AppendOnly.Create(migrationBuilder, "fund_programme_decisions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            AppendOnly.Drop(migrationBuilder, "fund_ledger_transactions");
            AppendOnly.Drop(migrationBuilder, "fund_ledger_entries");
            AppendOnly.Drop(migrationBuilder, "fund_programme_decisions");

            migrationBuilder.DropTable(
                name: "fund_account_balances");

            migrationBuilder.DropTable(
                name: "fund_contributions");

            migrationBuilder.DropTable(
                name: "fund_expenditures");

            migrationBuilder.DropTable(
                name: "fund_idempotency_keys");

            migrationBuilder.DropTable(
                name: "fund_ledger_entries");

            migrationBuilder.DropTable(
                name: "fund_programme_decisions");

            migrationBuilder.DropTable(
                name: "fund_thematic_areas");

            migrationBuilder.DropTable(
                name: "hub_request_partners");

            migrationBuilder.DropTable(
                name: "hub_request_steps");

            migrationBuilder.DropTable(
                name: "fund_agreements");

            migrationBuilder.DropTable(
                name: "fund_ledger_transactions");

            migrationBuilder.DropTable(
                name: "fund_programmes");

            migrationBuilder.DropTable(
                name: "hub_offers");

            migrationBuilder.DropTable(
                name: "hub_requests");
        }
    }
}
