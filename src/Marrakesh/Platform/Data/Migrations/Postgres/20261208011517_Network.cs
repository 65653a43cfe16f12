using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marrakesh.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Network : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "network_consultative_processes",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AlsoKnownAs = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Region = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FoundedYear = table.Column<int>(type: "integer", nullable: true),
                    FoundedDetail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Members = table.Column<List<string>>(type: "text[]", nullable: false),
                    MemberCountStated = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Observers = table.Column<List<string>>(type: "text[]", nullable: false),
                    MembersAsOf = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MembersComplete = table.Column<bool>(type: "boolean", nullable: true),
                    MembersCompleteNote = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Source = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_consultative_processes", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "network_country_networks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Scope = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    State = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    Region = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ResidentCoordinatorOffice = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Members = table.Column<List<string>>(type: "text[]", nullable: false),
                    Champion = table.Column<bool>(type: "boolean", nullable: true),
                    Source = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_country_networks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "network_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Acronym = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ExecutiveCommittee = table.Column<bool>(type: "boolean", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Since = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Verified = table.Column<bool>(type: "boolean", nullable: false),
                    Source = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    FromReference = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_members", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "network_workstreams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Leads = table.Column<List<string>>(type: "text[]", nullable: false),
                    Objectives = table.Column<List<int>>(type: "integer[]", nullable: false),
                    Source = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_workstreams", x => x.Id);
                });

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
                name: "network_consultative_processes");

            migrationBuilder.DropTable(
                name: "network_country_networks");

            migrationBuilder.DropTable(
                name: "network_members");

            migrationBuilder.DropTable(
                name: "network_workstreams");
        }
    }
}
