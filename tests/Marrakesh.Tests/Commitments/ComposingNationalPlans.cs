using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Commitments;

public sealed class ComposingNationalPlans(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private static readonly object Minimal = new { objective = 5, actions = new[] { "a", "c" }, status = "planned", description = "Open a seasonal work visa with portable rights." };

    private async Task<(HttpClient Client, JsonElement Created, string ETag)> DraftAsync(string state, object? body = null)
    {
        var (client, _) = await app.ClientAsAsync("state-focal-point", state);
        var response = await client.PostAsJsonAsync($"/api/states/{state}/commitments", body ?? Minimal);
        var created = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/commitments/{created.GetProperty("id").GetString()}", response.Headers.Location!.OriginalString);
        return (client, created, response.ETag());
    }

    [Fact]
    public async Task A_commitment_with_four_mistakes_gets_one_answer_naming_all_four_including_the_budget_inside()
    {
        var (client, _) = await app.ClientAsAsync("state-focal-point", "CHL");
        var before = await app.Database.CountAsync("commitments_commitments");

        var problem = await (await client.PostAsJsonAsync("/api/states/CHL/commitments", new
        {
            objective = 99, status = "someday", description = "Open a seasonal work visa.", budget = new { amount = 10.001m, currency = "XYZ" },
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["budget.amount", "budget.currency", "objective", "status"],
            problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(before, await app.Database.CountAsync("commitments_commitments"));
    }

    [Fact]
    public async Task A_focal_point_adds_a_draft_that_only_their_side_can_see()
    {
        var (client, created, etag) = await DraftAsync("PHL");
        var id = created.GetProperty("id").GetString();

        Assert.Equal("\"1\"", etag);
        Assert.False(created.GetProperty("published").GetBoolean());
        Assert.Equal(["a", "c"], created.GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("PHL", created.GetProperty("state").GetString());
        await (await client.GetAsync($"/api/commitments/{id}")).ShouldBeJsonAsync();
        await (await app.CreateClient().GetAsync($"/api/commitments/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        await (await secretariat.GetAsync($"/api/commitments/{id}")).ShouldBeJsonAsync();
    }

    [Fact]
    public async Task Publishing_makes_it_public_and_every_change_is_a_version()
    {
        var (client, created, etag) = await DraftAsync("KEN");
        var url = $"/api/commitments/{created.GetProperty("id").GetString()}";

        var published = await client.PostAsync($"{url}/publish", etag);
        await published.ShouldBeJsonAsync();
        var changed = await client.PatchAsync(url, new { status = "in-progress", budget = new { amount = 1250000.50m, currency = "usd" } }, published.ETag());
        var after = await changed.ShouldBeJsonAsync();

        Assert.Equal("\"3\"", changed.ETag());
        Assert.Equal("in-progress", after.GetProperty("status").GetString());
        Assert.Equal(1250000.50m, after.GetProperty("budget").GetProperty("amount").GetDecimal());
        Assert.Equal("USD", after.GetProperty("budget").GetProperty("currency").GetString());
        var anonymous = app.CreateClient();
        Assert.Equal("in-progress", (await (await anonymous.GetAsync(url)).ShouldBeJsonAsync()).GetProperty("status").GetString());
        var versions = (await (await client.GetAsync($"{url}/versions")).ShouldBeJsonAsync()).Items().ToList();
        Assert.Equal(["created", "published", "updated"], versions.Select(v => v.GetProperty("change").GetString()));
        Assert.Equal("planned", versions[1].GetProperty("record").GetProperty("status").GetString());
        Assert.All(versions, v => Assert.Equal("state-focal-point, KEN", v.GetProperty("actor").GetString())); // only the secretariat sees the account
        // The draft was never public, so the public history starts at publication.
        var publicVersions = (await (await anonymous.GetAsync($"{url}/versions")).ShouldBeJsonAsync()).Items();
        Assert.Equal(["published", "updated"], publicVersions.Select(v => v.GetProperty("change").GetString()));
    }

    [Fact]
    public async Task A_stale_If_Match_is_refused_and_nothing_is_overwritten()
    {
        var (client, created, etag) = await DraftAsync("SEN");
        var url = $"/api/commitments/{created.GetProperty("id").GetString()}";
        await (await client.PatchAsync(url, new { description = "First edit wins." }, etag)).ShouldBeJsonAsync();

        await (await client.PatchAsync(url, new { description = "Second edit from a stale copy." }, etag)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await client.PatchAsync(url, new { description = "No If-Match at all." }, null)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);

        var current = await (await client.GetAsync(url)).ShouldBeJsonAsync();
        Assert.Equal("First edit wins.", current.GetProperty("description").GetString());
        Assert.Equal(2, current.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_focal_point_cannot_touch_another_States_plan()
    {
        var (mexico, _) = await app.ClientAsAsync("state-focal-point", "MEX");
        var (_, created, etag) = await DraftAsync("GTM");
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        await secretariat.PostAsync($"/api/commitments/{created.GetProperty("id").GetString()}/publish", etag);

        await (await mexico.PostAsJsonAsync("/api/states/GTM/commitments", Minimal)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await mexico.PatchAsync($"/api/commitments/{created.GetProperty("id").GetString()}", new { status = "achieved" }, "\"2\""))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var (stakeholder, _) = await app.ClientAsAsync("stakeholder", organisation: "IOM Staff Association");
        await (await stakeholder.PostAsJsonAsync("/api/states/GTM/commitments", Minimal)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await app.CreateClient().PostAsJsonAsync("/api/states/GTM/commitments", Minimal)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("{\"objective\": 24, \"description\": \"x\"}", "objective")]
    [InlineData("{\"objective\": 3, \"actions\": [\"f\"], \"description\": \"Objective 3 has actions a to e.\"}", "actions")]
    [InlineData("{\"objective\": 3, \"actions\": [\"ab\"], \"description\": \"x\"}", "actions")]
    [InlineData("{\"objective\": 3, \"status\": \"done\", \"description\": \"x\"}", "status")]
    [InlineData("{\"objective\": 3}", "description")]
    [InlineData("{\"description\": \"x\"}", "objective")]
    [InlineData("{\"objective\": 3, \"description\": \"x\", \"principles\": [\"kindness\"]}", "principles")]
    [InlineData("{\"objective\": 3, \"description\": \"x\", \"startDate\": \"2027-01-01\", \"targetDate\": \"2026-01-01\"}", "targetDate")]
    [InlineData("{\"objective\": 3, \"description\": \"x\", \"startDate\": \"next year\"}", "startDate")]
    [InlineData("{\"objective\": 3, \"description\": \"x\", \"budget\": {\"amount\": -5, \"currency\": \"USD\"}}", "budget.amount")]
    [InlineData("{\"objective\": 3, \"description\": \"x\", \"budget\": {\"amount\": 5.001, \"currency\": \"USD\"}}", "budget.amount")]
    [InlineData("{\"objective\": 3, \"description\": \"x\", \"budget\": {\"amount\": 5, \"currency\": \"dollars\"}}", "budget.currency")]
    public async Task Bad_input_names_the_field_and_writes_nothing(string body, string field)
    {
        var (client, _) = await app.ClientAsAsync("state-focal-point", "ECU");
        var before = await app.Database.CountAsync("commitments_commitments");

        var response = await client.PostAsync("/api/states/ECU/commitments", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await app.Database.CountAsync("commitments_commitments"));
    }

    [Fact]
    public async Task A_plan_for_an_unknown_State_is_not_found()
    {
        var (client, _) = await app.ClientAsAsync("secretariat");
        await (await client.PostAsJsonAsync("/api/states/XYZ/commitments", Minimal)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/states/XYZ/commitments")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Nobody_changes_publishes_or_removes_another_States_commitment()
    {
        var (_, created, etag) = await DraftAsync("LKA");
        var url = $"/api/commitments/{created.GetProperty("id").GetString()}";
        var (india, _) = await app.ClientAsAsync("state-focal-point", "IND");

        // A draft of another State does not even exist for them.
        await (await india.PatchAsync(url, new { status = "achieved" }, etag)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await india.PostAsync($"{url}/publish", etag)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await india.DeleteAsync(url, etag)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(1, (await (await app.ClientWithToken(await app.CreateTokenAsync(await app.CreateUserAsync("secretariat"))).GetAsync(url)).ShouldBeJsonAsync()).GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData("{\"objective\": 3, \"description\": \"x\", \"actions\": [null]}", "actions")]
    [InlineData("{\"objective\": 3, \"description\": \"x\", \"principles\": [null]}", "principles")]
    [InlineData("{\"objective\": 3, \"description\": \"x\", \"budget\": {\"amount\": 1e30, \"currency\": \"USD\"}}", "budget.amount")]
    public async Task Nulls_in_lists_and_absurd_amounts_are_bad_requests_not_server_errors(string body, string field)
    {
        var (client, _) = await app.ClientAsAsync("state-focal-point", "ECU");

        var response = await client.PostAsync("/api/states/ECU/commitments", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Changing_the_objective_rechecks_the_kept_action_letters()
    {
        var (client, created, etag) = await DraftAsync("NPL", new { objective = 2, actions = new[] { "l" }, description = "Objective 2 runs to (l)." });

        var response = await client.PatchAsync($"/api/commitments/{created.GetProperty("id").GetString()}", new { objective = 3 }, etag);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "actions");
    }

    [Fact]
    public async Task Drafts_can_be_removed_but_published_commitments_stay()
    {
        var (client, draft, draftTag) = await DraftAsync("BGD");
        var (_, kept, keptTag) = await DraftAsync("BGD");
        var keptUrl = $"/api/commitments/{kept.GetProperty("id").GetString()}";
        var published = await client.PostAsync($"{keptUrl}/publish", keptTag);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/commitments/{draft.GetProperty("id").GetString()}", draftTag)).StatusCode);
        await (await client.DeleteAsync(keptUrl, published.ETag())).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await client.PostAsync($"{keptUrl}/publish", published.ETag())).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var plan = (await (await app.CreateClient().GetAsync("/api/states/bgd/commitments")).ShouldBeJsonAsync()).Items().ToList();
        Assert.Equal([kept.GetProperty("id").GetString()], plan.Select(c => c.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task The_list_filters_by_objective_State_and_status()
    {
        var (client, a, aTag) = await DraftAsync("TUN", new { objective = 20, description = "Cut remittance costs.", status = "in-progress" });
        var (_, b, bTag) = await DraftAsync("TUN", new { objective = 21, description = "Reintegration support." });
        await client.PostAsync($"/api/commitments/{a.GetProperty("id").GetString()}/publish", aTag);
        await client.PostAsync($"/api/commitments/{b.GetProperty("id").GetString()}/publish", bTag);
        var anonymous = app.CreateClient();

        var byObjective = (await (await anonymous.GetAsync("/api/commitments?objective=20&state=tun")).ShouldBeJsonAsync()).Items().ToList();
        var byStatus = (await (await anonymous.GetAsync("/api/commitments?state=TUN&status=in-progress")).ShouldBeJsonAsync()).Items().ToList();

        Assert.Equal([a.GetProperty("id").GetString()], byObjective.Select(c => c.GetProperty("id").GetString()));
        Assert.Equal([a.GetProperty("id").GetString()], byStatus.Select(c => c.GetProperty("id").GetString()));
        await (await anonymous.GetAsync("/api/commitments?objective=24")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "objective");
        await (await anonymous.GetAsync("/api/commitments?state=ZZZ")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "state");
        await (await anonymous.GetAsync("/api/commitments?status=maybe")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "status");
    }

    [Fact]
    public async Task Every_change_is_in_the_audit_trail_with_before_and_after()
    {
        var (client, created, etag) = await DraftAsync("GHA");
        var id = created.GetProperty("id").GetString();
        await client.PatchAsync($"/api/commitments/{id}", new { leadInstitution = "Ghana Immigration Service" }, etag);
        var (secretariat, _) = await app.ClientAsAsync("secretariat");

        var entries = (await (await secretariat.GetAsync($"/api/audit?entity=Commitment&entityId={id}")).ShouldBeJsonAsync()).Items().ToList();

        Assert.Equal(["updated", "created"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.Contains("Ghana Immigration Service", entries[0].GetProperty("after").GetString());
    }
}
