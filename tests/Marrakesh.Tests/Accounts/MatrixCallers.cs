using System.Net;
using System.Net.Http.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Accounts;

/// <summary>The callers of the authorization matrix, one column each, with their API clients.</summary>
public sealed class MatrixCallers
{
    public const string StateA = "MAR";
    public const string StateB = "SEN";
    public const string OrganisationA = "IOM";
    public const string OrganisationB = "Open Doors Network";

    public static readonly IReadOnlyList<string> Names =
        ["anonymous", "admin", "secretariat", "fund-manager", "focal-point", "stakeholder", "focal-point-other", "stakeholder-other", "revoked", "expired"];

    private readonly Dictionary<string, HttpClient> clients = [];
    private readonly Dictionary<string, string> emails = [];

    private MatrixCallers()
    {
    }

    public HttpClient this[string caller] => clients[caller];

    /// <summary>Holds a working token (anonymous, revoked and expired callers do not).</summary>
    public bool IsSignedIn(string caller) => emails.ContainsKey(caller);

    /// <summary>Those to whom answers may name people by their email.</summary>
    public static bool SeesEmails(string caller) => caller is "admin" or "secretariat";

    /// <summary>The emails of every account but the caller's own.</summary>
    public IEnumerable<string> EmailsOtherThan(string caller) => emails.Where(e => e.Key != caller).Select(e => e.Value);

    public static async Task<MatrixCallers> CreateAsync(MarrakeshApp app)
    {
        var callers = new MatrixCallers();
        callers.clients["anonymous"] = app.CreateClient();

        // The expired token is issued for one day, then the clock moves on; every other token is issued after that.
        var adminEmail = await app.CreateUserAsync("admin");
        var expiring = await app.CreateTokenAsync(adminEmail, days: 1);
        app.Clock.Advance(TimeSpan.FromDays(2));
        callers.clients["expired"] = app.ClientWithToken(expiring);
        callers.clients["admin"] = app.ClientWithToken(await app.CreateTokenAsync(adminEmail));
        callers.emails["admin"] = adminEmail;

        var revoked = await (await callers["admin"].PostAsJsonAsync("/api/tokens", new { name = "revoked", days = 5 })).ShouldBeJsonAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NoContent, (await callers["admin"].DeleteAsync($"/api/tokens/{revoked.GetProperty("id").GetString()}")).StatusCode);
        callers.clients["revoked"] = app.ClientWithToken(revoked.GetProperty("token").GetString()!);

        foreach (var (caller, role, state, organisation) in new (string, string, string?, string?)[]
        {
            ("secretariat", "secretariat", null, null),
            ("fund-manager", "fund-manager", null, null),
            ("focal-point", "state-focal-point", StateA, null),
            ("stakeholder", "stakeholder", null, OrganisationA),
            ("focal-point-other", "state-focal-point", StateB, null),
            ("stakeholder-other", "stakeholder", null, OrganisationB),
        })
        {
            (callers.clients[caller], callers.emails[caller]) = await app.ClientAsAsync(role, state, organisation);
        }
        return callers;
    }
}
