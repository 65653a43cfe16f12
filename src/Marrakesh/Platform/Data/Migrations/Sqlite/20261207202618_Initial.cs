using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marrakesh.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "accounts_roles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "accounts_users",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    StateIso3 = table.Column<string>(type: "TEXT", nullable: true),
                    Organisation = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "catalogue_guiding_principles",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Letter = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    Name_Ar = table.Column<string>(type: "TEXT", nullable: true),
                    Name_En = table.Column<string>(type: "TEXT", nullable: false),
                    Name_Es = table.Column<string>(type: "TEXT", nullable: true),
                    Name_Fr = table.Column<string>(type: "TEXT", nullable: true),
                    Name_Ru = table.Column<string>(type: "TEXT", nullable: true),
                    Name_Zh = table.Column<string>(type: "TEXT", nullable: true),
                    Summary_Ar = table.Column<string>(type: "TEXT", nullable: true),
                    Summary_En = table.Column<string>(type: "TEXT", nullable: false),
                    Summary_Es = table.Column<string>(type: "TEXT", nullable: true),
                    Summary_Fr = table.Column<string>(type: "TEXT", nullable: true),
                    Summary_Ru = table.Column<string>(type: "TEXT", nullable: true),
                    Summary_Zh = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalogue_guiding_principles", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "catalogue_objectives",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActionsCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ShortName_Ar = table.Column<string>(type: "TEXT", nullable: true),
                    ShortName_En = table.Column<string>(type: "TEXT", nullable: false),
                    ShortName_Es = table.Column<string>(type: "TEXT", nullable: true),
                    ShortName_Fr = table.Column<string>(type: "TEXT", nullable: true),
                    ShortName_Ru = table.Column<string>(type: "TEXT", nullable: true),
                    ShortName_Zh = table.Column<string>(type: "TEXT", nullable: true),
                    Summary_Ar = table.Column<string>(type: "TEXT", nullable: true),
                    Summary_En = table.Column<string>(type: "TEXT", nullable: false),
                    Summary_Es = table.Column<string>(type: "TEXT", nullable: true),
                    Summary_Fr = table.Column<string>(type: "TEXT", nullable: true),
                    Summary_Ru = table.Column<string>(type: "TEXT", nullable: true),
                    Summary_Zh = table.Column<string>(type: "TEXT", nullable: true),
                    Title_Ar = table.Column<string>(type: "TEXT", nullable: true),
                    Title_En = table.Column<string>(type: "TEXT", nullable: false),
                    Title_Es = table.Column<string>(type: "TEXT", nullable: true),
                    Title_Fr = table.Column<string>(type: "TEXT", nullable: true),
                    Title_Ru = table.Column<string>(type: "TEXT", nullable: true),
                    Title_Zh = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalogue_objectives", x => x.Number);
                });

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
                name: "datasets_corridor_rows",
                columns: table => new
                {
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OriginIsAggregate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Destinations = table.Column<string>(type: "TEXT", nullable: false),
                    AggregateDestinations = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_datasets_corridor_rows", x => new { x.ImportId, x.Year, x.Origin });
                });

            migrationBuilder.CreateTable(
                name: "datasets_imports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Revision = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Holds = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstYear = table.Column<int>(type: "INTEGER", nullable: false),
                    LastYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_datasets_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "datasets_indicator_tables",
                columns: table => new
                {
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Indicator = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Places = table.Column<string>(type: "TEXT", nullable: false),
                    AggregatePlaces = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_datasets_indicator_tables", x => new { x.ImportId, x.Indicator });
                });

            migrationBuilder.CreateTable(
                name: "datasets_locations",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsAggregate = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_datasets_locations", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "datasets_stock_series",
                columns: table => new
                {
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IsAggregate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Points = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_datasets_stock_series", x => new { x.ImportId, x.Measure, x.Location });
                });

            migrationBuilder.CreateTable(
                name: "fund_account_balances",
                columns: table => new
                {
                    Account = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BalanceMinor = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_account_balances", x => x.Account);
                });

            migrationBuilder.CreateTable(
                name: "fund_agreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Contributor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContributorType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PledgeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_agreements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fund_idempotency_keys",
                columns: table => new
                {
                    Caller = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_idempotency_keys", x => new { x.Caller, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "fund_ledger_transactions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContributionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ReversesId = table.Column<long>(type: "INTEGER", nullable: true),
                    Memo = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Countries = table.Column<string>(type: "TEXT", nullable: false),
                    ThematicArea = table.Column<int>(type: "INTEGER", nullable: false),
                    Objectives = table.Column<string>(type: "TEXT", nullable: false),
                    Organisations = table.Column<string>(type: "TEXT", nullable: false),
                    BudgetMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    GenderMarker = table.Column<int>(type: "INTEGER", nullable: true),
                    HumanRightsMarker = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: true),
                    AllocatedMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    HubRequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProposedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_programmes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fund_thematic_areas",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Verified = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Objectives = table.Column<string>(type: "TEXT", nullable: false),
                    ObjectivesSource = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MappedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MappedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_thematic_areas", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "hub_offers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProviderType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Objectives = table.Column<string>(type: "TEXT", nullable: false),
                    Topics = table.Column<string>(type: "TEXT", nullable: false),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    Regions = table.Column<string>(type: "TEXT", nullable: false),
                    Modality = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    AvailableFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AvailableUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hub_offers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "hub_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StateIso3 = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Objectives = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Need = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    Modality = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Timeline = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StatusSince = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Feedback = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hub_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "knowledge_practices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Countries = table.Column<string>(type: "TEXT", nullable: false),
                    Objectives = table.Column<string>(type: "TEXT", nullable: false),
                    Principles = table.Column<string>(type: "TEXT", nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Links = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OwnerState = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    OwnerOrganisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_knowledge_practices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "knowledge_search_documents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    TitleTerms = table.Column<string>(type: "TEXT", nullable: false),
                    TextTerms = table.Column<string>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_knowledge_search_documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Entity = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_record_versions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Change = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_record_versions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reviews_cycles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Commission = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    RoundTables = table.Column<string>(type: "TEXT", nullable: false),
                    Starts = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Ends = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reviews_cycles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "states_states",
                columns: table => new
                {
                    Iso3 = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Iso2 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    M49 = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubRegion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IntermediateRegion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UnMember = table.Column<bool>(type: "INTEGER", nullable: false),
                    Groupings = table.Column<string>(type: "TEXT", nullable: false),
                    RegionalCommissions = table.Column<string>(type: "TEXT", nullable: false),
                    GaVote = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Name_Ar = table.Column<string>(type: "TEXT", nullable: true),
                    Name_En = table.Column<string>(type: "TEXT", nullable: false),
                    Name_Es = table.Column<string>(type: "TEXT", nullable: true),
                    Name_Fr = table.Column<string>(type: "TEXT", nullable: true),
                    Name_Ru = table.Column<string>(type: "TEXT", nullable: true),
                    Name_Zh = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_states_states", x => x.Iso3);
                });

            migrationBuilder.CreateTable(
                name: "accounts_role_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_role_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_accounts_role_claims_accounts_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "accounts_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "accounts_api_tokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Hint = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_api_tokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_accounts_api_tokens_accounts_users_UserId",
                        column: x => x.UserId,
                        principalTable: "accounts_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "accounts_user_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_accounts_user_claims_accounts_users_UserId",
                        column: x => x.UserId,
                        principalTable: "accounts_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "accounts_user_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_accounts_user_logins_accounts_users_UserId",
                        column: x => x.UserId,
                        principalTable: "accounts_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "accounts_user_roles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_user_roles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_accounts_user_roles_accounts_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "accounts_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_accounts_user_roles_accounts_users_UserId",
                        column: x => x.UserId,
                        principalTable: "accounts_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "accounts_user_tokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_accounts_user_tokens_accounts_users_UserId",
                        column: x => x.UserId,
                        principalTable: "accounts_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "commitments_pledge_objectives",
                columns: table => new
                {
                    PledgeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Objective = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "fund_contributions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Contributor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContributorType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ContributorState = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    RateToUsd = table.Column<decimal>(type: "TEXT", precision: 18, scale: 8, nullable: false),
                    UsdMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    FeeMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Earmark = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PledgeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TransactionId = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TransactionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Account = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Certified = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CertifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CertifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
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
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "knowledge_attachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_knowledge_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_knowledge_attachments_knowledge_practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "knowledge_practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "knowledge_practice_steps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_knowledge_practice_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_knowledge_practice_steps_knowledge_practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "knowledge_practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "knowledge_search_facets",
                columns: table => new
                {
                    DocumentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Facet = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_knowledge_search_facets", x => new { x.DocumentId, x.Facet, x.Value });
                    table.ForeignKey(
                        name: "FK_knowledge_search_facets_knowledge_search_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "knowledge_search_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "commitments_commitments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StateIso3 = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Objective = table.Column<int>(type: "INTEGER", nullable: false),
                    Actions = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    LeadInstitution = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Partners = table.Column<string>(type: "TEXT", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TargetDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BudgetMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    BudgetCurrency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Principles = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                name: "reviews_national_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CycleId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StateIso3 = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Consulted = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Objective = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Narrative = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false),
                    Indicators = table.Column<string>(type: "TEXT", nullable: false)
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
                name: "IX_accounts_api_tokens_Hash",
                table: "accounts_api_tokens",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_accounts_api_tokens_UserId",
                table: "accounts_api_tokens",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_role_claims_RoleId",
                table: "accounts_role_claims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "accounts_roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_accounts_user_claims_UserId",
                table: "accounts_user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_user_logins_UserId",
                table: "accounts_user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_user_roles_RoleId",
                table: "accounts_user_roles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "accounts_users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "accounts_users",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_objectives_Key",
                table: "catalogue_objectives",
                column: "Key",
                unique: true);

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
                name: "IX_datasets_imports_Source_Revision",
                table: "datasets_imports",
                columns: new[] { "Source", "Revision" },
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_knowledge_attachments_PracticeId_Number",
                table: "knowledge_attachments",
                columns: new[] { "PracticeId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_knowledge_practice_steps_PracticeId",
                table: "knowledge_practice_steps",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_knowledge_practices_OrganisationType",
                table: "knowledge_practices",
                column: "OrganisationType");

            migrationBuilder.CreateIndex(
                name: "IX_knowledge_practices_Status_PublishedAt",
                table: "knowledge_practices",
                columns: new[] { "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_knowledge_search_documents_Type_Key",
                table: "knowledge_search_documents",
                columns: new[] { "Type", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_knowledge_search_facets_Facet_Value_DocumentId",
                table: "knowledge_search_facets",
                columns: new[] { "Facet", "Value", "DocumentId" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_entries_Actor",
                table: "platform_audit_entries",
                column: "Actor");

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_entries_At",
                table: "platform_audit_entries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_platform_audit_entries_Entity_EntityId",
                table: "platform_audit_entries",
                columns: new[] { "Entity", "EntityId" });

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

            migrationBuilder.CreateIndex(
                name: "IX_states_states_Iso2",
                table: "states_states",
                column: "Iso2",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_states_states_M49",
                table: "states_states",
                column: "M49",
                unique: true);

            CreateWhatTheModelCannotSay(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            DropWhatTheModelCannotSay(migrationBuilder);

            migrationBuilder.DropTable(
                name: "accounts_api_tokens");

            migrationBuilder.DropTable(
                name: "accounts_role_claims");

            migrationBuilder.DropTable(
                name: "accounts_user_claims");

            migrationBuilder.DropTable(
                name: "accounts_user_logins");

            migrationBuilder.DropTable(
                name: "accounts_user_roles");

            migrationBuilder.DropTable(
                name: "accounts_user_tokens");

            migrationBuilder.DropTable(
                name: "catalogue_guiding_principles");

            migrationBuilder.DropTable(
                name: "catalogue_objectives");

            migrationBuilder.DropTable(
                name: "commitments_commitments");

            migrationBuilder.DropTable(
                name: "commitments_pledge_objectives");

            migrationBuilder.DropTable(
                name: "commitments_pledge_progress");

            migrationBuilder.DropTable(
                name: "datasets_corridor_rows");

            migrationBuilder.DropTable(
                name: "datasets_imports");

            migrationBuilder.DropTable(
                name: "datasets_indicator_tables");

            migrationBuilder.DropTable(
                name: "datasets_locations");

            migrationBuilder.DropTable(
                name: "datasets_stock_series");

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
                name: "knowledge_attachments");

            migrationBuilder.DropTable(
                name: "knowledge_practice_steps");

            migrationBuilder.DropTable(
                name: "knowledge_search_facets");

            migrationBuilder.DropTable(
                name: "platform_audit_entries");

            migrationBuilder.DropTable(
                name: "platform_record_versions");

            migrationBuilder.DropTable(
                name: "reviews_sections");

            migrationBuilder.DropTable(
                name: "accounts_roles");

            migrationBuilder.DropTable(
                name: "accounts_users");

            migrationBuilder.DropTable(
                name: "commitments_pledges");

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

            migrationBuilder.DropTable(
                name: "knowledge_practices");

            migrationBuilder.DropTable(
                name: "knowledge_search_documents");

            migrationBuilder.DropTable(
                name: "reviews_national_reviews");

            migrationBuilder.DropTable(
                name: "reviews_cycles");

            migrationBuilder.DropTable(
                name: "states_states");
        }
    }
}
