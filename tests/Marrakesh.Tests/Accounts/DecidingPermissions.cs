using System.Reflection;
using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Modules.Commitments;
using Marrakesh.Modules.Fund;
using Marrakesh.Modules.Hub;
using Marrakesh.Modules.Knowledge;
using Marrakesh.Modules.Reviews;
using Marrakesh.Platform.Audit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Marrakesh.Tests.Accounts;

/// <summary>
/// Permissions are data: every one declared in the code is listed here with who holds it and who does not, decided by
/// the application's own authorization handlers. A permission added without its cases fails the first test.
/// </summary>
public sealed class DecidingPermissions : IDisposable
{
    private static readonly ClaimsPrincipal Admin = Person(Roles.Admin);
    private static readonly ClaimsPrincipal Secretariat = Person(Roles.Secretariat);
    private static readonly ClaimsPrincipal FocalPointOfMorocco = Person(Roles.StateFocalPoint, state: "MAR");
    private static readonly ClaimsPrincipal FocalPointOfGhana = Person(Roles.StateFocalPoint, state: "GHA");
    private static readonly ClaimsPrincipal StakeholderOfIom = Person(Roles.Stakeholder, organisation: "IOM");
    private static readonly ClaimsPrincipal StakeholderOfIlo = Person(Roles.Stakeholder, organisation: "ILO");
    private static readonly ClaimsPrincipal FundManager = Person(Roles.FundManager);
    private static readonly ClaimsPrincipal Visitor = new(new ClaimsIdentity());

    private readonly ServiceProvider services;

    public DecidingPermissions()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["MARRAKESH_DB"] = "Data Source=:memory:" }).Build();
        services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IAuditActor>(SystemActor.Instance).AddMarrakeshCore(configuration).BuildServiceProvider();
    }

    public void Dispose() => services.Dispose();

    /// <summary>Each permission, a record it is asked about, and who holds it there; everyone else must not.</summary>
    public static TheoryData<string, object, string[]> Cases => new()
    {
        { "write-plan", new PlanOf("MAR"), ["admin", "secretariat", "focal point of MAR"] },
        { "pledge-as", new PledgeAuthor("state", "MAR", null), ["admin", "secretariat", "focal point of MAR"] },
        { "pledge-as", new PledgeAuthor("civil-society", null, "iom"), ["admin", "secretariat", "stakeholder of IOM"] },
        { "change-pledge", OwnedPledge(state: "MAR"), ["admin", "secretariat", "focal point of MAR"] },
        { "change-pledge", OwnedPledge(organisation: "IOM"), ["admin", "secretariat", "stakeholder of IOM"] },
        { "report-expenditure", new ExpenditureReport("IOM", Certify: false), ["admin", "fund manager", "stakeholder of IOM"] },
        { "report-expenditure", new ExpenditureReport("IOM", Certify: true), ["admin", "fund manager"] },
        { "request-support", new RequestFor("MAR"), ["admin", "secretariat", "focal point of MAR"] },
        { "request-support", new RequestFor(null), [] },
        { "move-request", Request(state: "MAR"), ["admin", "secretariat"] },
        { "offer-as", new OfferBy(" iom "), ["admin", "secretariat", "stakeholder of IOM"] },
        { "offer-as", new OfferBy("Migrant Health Network"), ["admin", "secretariat"] },
        { "write-review", new ReviewOf("GHA"), ["admin", "secretariat", "focal point of GHA"] },
        { "acknowledge-review", new ReceiptOf(Guid.Empty), ["admin", "secretariat"] },
        { "submit-practice-as", new PracticeBy("MAR", "Ministry of Labour"), ["admin", "secretariat", "focal point of MAR"] },
        { "submit-practice-as", new PracticeBy(null, "iom"), ["admin", "secretariat", "stakeholder of IOM"] },
        { "submit-practice-as", new PracticeBy(null, "Ministry of Labour"), ["admin", "secretariat"] },
        { "write-practice", OwnedPractice(state: "MAR"), ["admin", "secretariat", "focal point of MAR"] },
        { "write-practice", OwnedPractice(organisation: "IOM"), ["admin", "secretariat", "stakeholder of IOM"] },
        // The account that submitted a practice keeps writing it, whatever organisation it now acts for.
        { "write-practice", OwnedPractice(organisation: "IOM", author: StakeholderOfIlo), ["admin", "secretariat", "stakeholder of IOM", "stakeholder of ILO"] },
        { "review-practice", OwnedPractice(organisation: "IOM"), ["admin", "secretariat"] },
    };

    [Fact]
    public void Every_declared_permission_has_its_cases_here()
    {
        var declared = typeof(Permission).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(Permission)))
            .Select(f => ((Permission)f.GetValue(null)!).Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(declared, Cases.Select(c => (string)c[0]).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Only_those_it_names_hold_a_permission(string name, object resource, string[] holders)
    {
        var permission = Permissions().Single(p => p.Name == name);
        using var scope = services.CreateScope();
        var guard = scope.ServiceProvider.GetRequiredService<Guard>();

        foreach (var (who, user) in People())
        {
            Assert.True(holders.Contains(who) == await guard.AllowsAsync(user, resource, permission),
                $"{who} {(holders.Contains(who) ? "should" : "should not")} hold {name} on {resource}");
        }
        Assert.False(string.IsNullOrWhiteSpace(permission.Rule));
    }

    private static IEnumerable<Permission> Permissions() =>
    [
        CommitmentsPermissions.WritePlan, CommitmentsPermissions.PledgeAs, CommitmentsPermissions.ChangePledge, FundPermissions.ReportExpenditure,
        HubPermissions.RequestSupport, HubPermissions.MoveRequest, HubPermissions.OfferAs,
        ReviewsPermissions.WriteReview, ReviewsPermissions.AcknowledgeReview,
        KnowledgePermissions.SubmitPracticeAs, KnowledgePermissions.WritePractice, KnowledgePermissions.ReviewPractice,
    ];

    private static IEnumerable<(string, ClaimsPrincipal)> People() =>
    [
        ("admin", Admin), ("secretariat", Secretariat), ("focal point of MAR", FocalPointOfMorocco), ("focal point of GHA", FocalPointOfGhana),
        ("stakeholder of IOM", StakeholderOfIom), ("stakeholder of ILO", StakeholderOfIlo), ("fund manager", FundManager), ("visitor", Visitor),
    ];

    private static Pledge OwnedPledge(string? state = null, string? organisation = null) => new()
    {
        ActorType = state is null ? "un-entity" : "state", ActorName = state ?? organisation!, OwnerState = state, OwnerOrganisation = organisation,
        Form = "policy", JointType = "individual", Narrative = "",
    };

    private static SupportRequest Request(string state) => new() { StateIso3 = state, Title = "Ethical recruitment", Need = "", Modality = "advice" };

    private static Practice OwnedPractice(string? state = null, string? organisation = null, ClaimsPrincipal? author = null) => new()
    {
        Title = "A practice", Summary = "", Body = "", Language = "en", Organisation = state ?? organisation!, OrganisationType = "other",
        AuthorId = author?.Id() ?? $"author-for-{state ?? organisation}", OwnerState = state, OwnerOrganisation = organisation,
    };

    /// <summary>Someone with one role; each person has an account id of their own.</summary>
    private static ClaimsPrincipal Person(string role, string? state = null, string? organisation = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, $"{role}:{state ?? organisation}"), new(ClaimTypes.Role, role), new(ClaimTypes.Email, $"{role}@example.org"),
        };
        claims.AddRange(state is null ? [] : [new Claim(MarrakeshClaims.State, state)]);
        claims.AddRange(organisation is null ? [] : [new Claim(MarrakeshClaims.Organisation, organisation)]);
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }
}
