using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marrakesh.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Instruments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GaVote",
                table: "states_states");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "instruments_marrakesh_adoption");

            migrationBuilder.DropTable(
                name: "instruments_positions");

            migrationBuilder.DropTable(
                name: "instruments_votes");

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
