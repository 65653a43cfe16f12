using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Platform;

public sealed class RecordingTheAuditTrail(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private static async Task<List<JsonElement>> AuditAsync(HttpClient client, string query) =>
        (await (await client.GetAsync($"/api/audit{query}")).ShouldBeJsonAsync()).Items().ToList();

    [Fact]
    public async Task A_write_through_the_API_records_who_what_and_the_values_after()
    {
        var (client, email) = await app.ClientAsAsync("secretariat");
        var issued = await (await client.PostAsJsonAsync("/api/tokens", new { name = "audited", days = 5 })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = issued.GetProperty("id").GetString()!;

        var entry = (await AuditAsync(client, $"?entity=ApiToken&entityId={id}")).Single();

        Assert.Equal(email, entry.GetProperty("actor").GetString());
        Assert.Equal("api", entry.GetProperty("channel").GetString());
        Assert.Equal("created", entry.GetProperty("action").GetString());
        var after = JsonDocument.Parse(entry.GetProperty("after").GetString()!).RootElement;
        Assert.Equal("audited", after.GetProperty("Name").GetString());
        Assert.Equal("[redacted]", after.GetProperty("Hash").GetString());
        Assert.DoesNotContain(issued.GetProperty("token").GetString()!, entry.ToString());
    }

    [Fact]
    public async Task An_update_records_the_values_before_and_after()
    {
        var (client, email) = await app.ClientAsAsync("admin");
        var id = (await (await client.GetAsync("/api/tokens")).ShouldBeJsonAsync()).Items().Single().GetProperty("id").GetString()!;
        var admin = app.ClientWithToken(await app.CreateTokenAsync(email));

        await client.DeleteAsync($"/api/tokens/{id}");

        var entries = await AuditAsync(admin, $"?entity=ApiToken&entityId={id}");
        var update = entries.Single(e => e.GetProperty("action").GetString() == "updated");
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(update.GetProperty("before").GetString()!).RootElement.GetProperty("RevokedAt").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, JsonDocument.Parse(update.GetProperty("after").GetString()!).RootElement.GetProperty("RevokedAt").ValueKind);
        Assert.Contains(entries, e => e.GetProperty("action").GetString() == "created" && e.GetProperty("channel").GetString() == "cli");
    }

    [Fact]
    public async Task A_write_through_the_CLI_is_attributed_to_the_CLI_user()
    {
        var (reader, _) = await app.ClientAsAsync("secretariat");
        var email = await app.CreateUserAsync("state-focal-point", state: "PHL");

        var entries = await AuditAsync(reader, "?entity=AppUser&limit=500");
        var created = entries.Single(e => e.GetProperty("after").GetString()!.Contains(email, StringComparison.Ordinal));

        Assert.Equal("cli", created.GetProperty("channel").GetString());
        Assert.StartsWith("cli:", created.GetProperty("actor").GetString());
        var after = JsonDocument.Parse(created.GetProperty("after").GetString()!).RootElement;
        Assert.Equal("PHL", after.GetProperty("StateIso3").GetString());
        Assert.NotEqual("[redacted]", after.GetProperty("Email").GetString());
    }

    [Fact]
    public async Task Filters_by_actor_and_time()
    {
        var (client, email) = await app.ClientAsAsync("admin");
        var before = app.Clock.GetUtcNow();
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await client.PostAsJsonAsync("/api/tokens", new { name = "later", days = 5 });

        var byActor = await AuditAsync(client, $"?actor={Uri.EscapeDataString(email)}");
        Assert.NotEmpty(byActor);
        Assert.All(byActor, e => Assert.Equal(email, e.GetProperty("actor").GetString()));

        var since = await AuditAsync(client, $"?actor={Uri.EscapeDataString(email)}&from={Uri.EscapeDataString(before.AddMinutes(1).ToString("o"))}");
        Assert.Single(since);
        var until = await AuditAsync(client, $"?actor={Uri.EscapeDataString(email)}&to={Uri.EscapeDataString(before.AddMinutes(1).ToString("o"))}");
        Assert.Empty(until);
    }

    [Fact]
    public async Task Total_counts_every_match_even_when_limit_shortens_the_list()
    {
        var (client, _) = await app.ClientAsAsync("admin");

        var page = await (await client.GetAsync("/api/audit?entity=State&limit=2")).ShouldBeJsonAsync();

        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        Assert.Equal(195, page.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("?from=yesterday", "from")]
    [InlineData("?from=11/27/2026", "from")]
    [InlineData("?to=2026-13-45", "to")]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=many", "limit")]
    public async Task Bad_query_values_are_bad_requests(string query, string field)
    {
        var (client, _) = await app.ClientAsAsync("secretariat");
        await (await client.GetAsync($"/api/audit{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_delete_audit_entries()
    {
        await app.CreateUserAsync("fund-manager");
        var count = await app.Database.CountAsync("platform_audit_entries");
        Assert.True(count > 0);

        var update = await Assert.ThrowsAnyAsync<Exception>(() => app.Database.ExecuteRawAsync("UPDATE platform_audit_entries SET \"Actor\" = 'someone else'"));
        var delete = await Assert.ThrowsAnyAsync<Exception>(() => app.Database.ExecuteRawAsync("DELETE FROM platform_audit_entries"));

        Assert.Contains("append-only", update.Message);
        Assert.Contains("append-only", delete.Message);
        Assert.Equal(count, await app.Database.CountAsync("platform_audit_entries"));
        Assert.Equal(0, await app.Database.CountAsync("platform_audit_entries WHERE \"Actor\" = 'someone else'"));
    }

    [Fact]
    public async Task No_endpoint_edits_or_deletes_the_trail()
    {
        var (client, _) = await app.ClientAsAsync("admin");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.DeleteAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.PutAsJsonAsync("/api/audit", new { })).StatusCode);
    }
}
