using System.Net;
using System.Net.Http.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Accounts;

public sealed class AuthenticatingWithTokens(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Fact]
    public async Task Without_a_token_the_caller_is_unauthorized()
    {
        var response = await app.CreateClient().GetAsync("/api/me");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task An_unknown_token_is_unauthorized() =>
        await (await app.ClientWithToken("mkt_not-a-real-token").GetAsync("/api/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task A_focal_point_sees_their_role_and_State()
    {
        var (client, email) = await app.ClientAsAsync("state-focal-point", state: "sen");

        var me = await (await client.GetAsync("/api/me")).ShouldBeJsonAsync();

        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.Equal(["state-focal-point"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("SEN", me.GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_stakeholder_sees_their_organisation()
    {
        var (client, _) = await app.ClientAsAsync("stakeholder", organisation: "Migrant Workers Alliance");

        var me = await (await client.GetAsync("/api/me")).ShouldBeJsonAsync();

        Assert.Equal("Migrant Workers Alliance", me.GetProperty("organisation").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, me.GetProperty("state").ValueKind);
    }

    [Fact]
    public async Task A_revoked_token_stops_working_at_once()
    {
        var (client, _) = await app.ClientAsAsync("secretariat");
        var tokens = (await (await client.GetAsync("/api/tokens")).ShouldBeJsonAsync()).Items().ToList();
        var id = tokens.Single().GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/tokens/{id}")).StatusCode);

        await (await client.GetAsync("/api/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_expired_token_is_unauthorized()
    {
        var email = await app.CreateUserAsync("fund-manager");
        var token = await app.CreateTokenAsync(email, days: 1);
        var client = app.ClientWithToken(token);
        await (await client.GetAsync("/api/me")).ShouldBeJsonAsync();

        app.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));

        await (await client.GetAsync("/api/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_issued_through_the_API_is_shown_once_and_works()
    {
        var (client, email) = await app.ClientAsAsync("admin");

        var issued = await (await client.PostAsJsonAsync("/api/tokens", new { name = "nightly export", days = 7 }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var plain = issued.GetProperty("token").GetString()!;

        var me = await (await app.ClientWithToken(plain).GetAsync("/api/me")).ShouldBeJsonAsync();
        Assert.Equal(email, me.GetProperty("email").GetString());
        var listed = (await (await client.GetAsync("/api/tokens")).ShouldBeJsonAsync()).Items()
            .Single(t => t.GetProperty("name").GetString() == "nightly export");
        Assert.DoesNotContain(plain, listed.ToString());
        Assert.StartsWith(listed.GetProperty("hint").GetString()!.TrimEnd('…'), plain);
    }

    [Fact]
    public async Task A_token_made_with_a_token_cannot_outlive_it()
    {
        var email = await app.CreateUserAsync("secretariat");
        var client = app.ClientWithToken(await app.CreateTokenAsync(email, days: 30));

        await (await client.PostAsJsonAsync("/api/tokens", new { days = 31 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "days");
        await (await client.PostAsJsonAsync("/api/tokens", new { days = 29 })).ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_token_request_with_two_mistakes_gets_one_answer_naming_both()
    {
        var (client, _) = await app.ClientAsAsync("secretariat");
        var before = (await (await client.GetAsync("/api/tokens")).ShouldBeJsonAsync()).Items().Count();

        var problem = await (await client.PostAsJsonAsync("/api/tokens", new { name = new string('x', 101), days = 400 }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors").EnumerateObject().ToDictionary(e => e.Name, e => e.Value[0].GetString()!);
        Assert.Equal(["days", "name"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("(101 given)", errors["name"]);
        Assert.Contains("(400 given)", errors["days"]);
        Assert.Contains("2 fields", problem.GetProperty("detail").GetString());
        Assert.Equal(before, (await (await client.GetAsync("/api/tokens")).ShouldBeJsonAsync()).Items().Count());
    }

    [Fact]
    public async Task Nobody_can_revoke_someone_elses_token()
    {
        var (owner, _) = await app.ClientAsAsync("stakeholder", organisation: "Caritas");
        var (other, _) = await app.ClientAsAsync("stakeholder", organisation: "Red Crescent");
        var id = (await (await owner.GetAsync("/api/tokens")).ShouldBeJsonAsync()).Items().Single().GetProperty("id").GetGuid();

        await (await other.DeleteAsync($"/api/tokens/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        await (await owner.GetAsync("/api/me")).ShouldBeJsonAsync();
    }

    [Theory]
    [InlineData("state-focal-point", "MEX")]
    [InlineData("stakeholder", null)]
    [InlineData("fund-manager", null)]
    public async Task Only_admins_and_the_secretariat_read_the_audit_trail(string role, string? state)
    {
        var (client, _) = await app.ClientAsAsync(role, state, role == "stakeholder" ? "Scalabrini" : null);

        await (await client.GetAsync("/api/audit")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
