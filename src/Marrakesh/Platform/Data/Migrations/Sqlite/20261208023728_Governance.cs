using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marrakesh.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Governance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GaVote",
                table: "states_states");

            migrationBuilder.CreateTable(
                name: "analysis_claims",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Reading = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Group = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Checks = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ExpectedVerdict = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_analysis_claims", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "instruments_instruments",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ShortName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AdoptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AdoptedPrecision = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    AdoptedPlace = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AdoptingBody = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AdoptionInstrument = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EntryIntoForce = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Depositary = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DepositaryReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StatedPartyCount = table.Column<int>(type: "INTEGER", nullable: true),
                    StatedPartyCountAsOf = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    StatedPartyCountSource = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PositionsCoverage = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Sources = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instruments_instruments", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "instruments_marrakesh_adoption",
                columns: table => new
                {
                    Iso3 = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Date = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Sources = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instruments_marrakesh_adoption", x => x.Iso3);
                });

            migrationBuilder.CreateTable(
                name: "instruments_votes",
                columns: table => new
                {
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Iso3 = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Vote = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    NameAtTheTime = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instruments_votes", x => new { x.Resolution, x.Iso3 });
                });

            migrationBuilder.CreateTable(
                name: "network_consultative_processes",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AlsoKnownAs = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FoundedYear = table.Column<int>(type: "INTEGER", nullable: true),
                    FoundedDetail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Members = table.Column<string>(type: "TEXT", nullable: false),
                    MemberCountStated = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Observers = table.Column<string>(type: "TEXT", nullable: false),
                    MembersAsOf = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MembersComplete = table.Column<bool>(type: "INTEGER", nullable: true),
                    MembersCompleteNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_consultative_processes", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "network_country_networks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Region = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ResidentCoordinatorOffice = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Members = table.Column<string>(type: "TEXT", nullable: false),
                    Champion = table.Column<bool>(type: "INTEGER", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_country_networks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "network_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Acronym = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExecutiveCommittee = table.Column<bool>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Since = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Verified = table.Column<bool>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    FromReference = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_members", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "network_workstreams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Leads = table.Column<string>(type: "TEXT", nullable: false),
                    Objectives = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_workstreams", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "instruments_positions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstrumentKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Iso3 = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DatePrecision = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SupersedesId = table.Column<long>(type: "INTEGER", nullable: true),
                    CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReferenceKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instruments_positions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_instruments_positions_instruments_instruments_InstrumentKey",
                        column: x => x.InstrumentKey,
                        principalTable: "instruments_instruments",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_instruments_positions_instruments_positions_SupersedesId",
                        column: x => x.SupersedesId,
                        principalTable: "instruments_positions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_instruments_positions_InstrumentKey_Iso3",
                table: "instruments_positions",
                columns: new[] { "InstrumentKey", "Iso3" });

            migrationBuilder.CreateIndex(
                name: "IX_instruments_positions_Iso3",
                table: "instruments_positions",
                column: "Iso3");

            migrationBuilder.CreateIndex(
                name: "IX_instruments_positions_ReferenceKey",
                table: "instruments_positions",
                column: "ReferenceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_instruments_positions_SupersedesId",
                table: "instruments_positions",
                column: "SupersedesId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_instruments_votes_Iso3",
                table: "instruments_votes",
                column: "Iso3");

            migrationBuilder.CreateIndex(
                name: "IX_network_country_networks_State",
                table: "network_country_networks",
                column: "State",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_network_members_Acronym",
                table: "network_members",
                column: "Acronym",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_network_workstreams_Name",
                table: "network_workstreams",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "analysis_claims");

            migrationBuilder.DropTable(
                name: "instruments_marrakesh_adoption");

            migrationBuilder.DropTable(
                name: "instruments_positions");

            migrationBuilder.DropTable(
                name: "instruments_votes");

            migrationBuilder.DropTable(
                name: "network_consultative_processes");

            migrationBuilder.DropTable(
                name: "network_country_networks");

            migrationBuilder.DropTable(
                name: "network_members");

            migrationBuilder.DropTable(
                name: "network_workstreams");

            migrationBuilder.DropTable(
                name: "instruments_instruments");

            migrationBuilder.AddColumn<string>(
                name: "GaVote",
                table: "states_states",
                type: "TEXT",
                maxLength: 8,
                nullable: true);
        }
    }
}
