using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Commitments;

public sealed class MakingPledges(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private static readonly string Narrative = string.Concat(Enumerable.Repeat("We will train frontline staff on migrants' rights. ", 7));

    private static Dictionary<string, object?> Pledge(params (string Key, object? Value)[] extra)
    {
        var body = new Dictionary<string, object?>
        {
            ["actorType"] = "civil-society",
            ["form"] = "policy",
            ["jointType"] = "individual",
            ["objectives"] = new[] { 3 },
            ["narrative"] = Narrative,
        };
        foreach (var (key, value) in extra)
        {
            body[key] = value;
        }
        return body;
    }

    private async Task<(HttpClient Client, string Organisation)> StakeholderAsync()
    {
        var organisation = $"Migrant Rights Network {Guid.NewGuid():N}"[..32];
        var (client, _) = await app.ClientAsAsync("stakeholder", organisation: organisation);
        return (client, organisation);
    }

    private static async Task<(JsonElement Pledge, string ETag)> MakeAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/pledges", body);
        var pledge = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/pledges/{pledge.GetProperty("id").GetString()}", response.Headers.Location!.OriginalString);
        return (pledge, response.ETag());
    }

    [Fact]
    public async Task A_stakeholder_pledges_in_its_organisations_name_and_the_public_sees_it_with_SMART_advice()
    {
        var (client, organisation) = await StakeholderAsync();

        var (pledge, _) = await MakeAsync(client, Pledge());

        Assert.Equal(organisation, pledge.GetProperty("actorName").GetString());
        Assert.Equal("planning", pledge.GetProperty("status").GetString());
        Assert.Equal(["specific", "measure", "baseline", "target-date", "owner"],
            pledge.GetProperty("smart").GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        var shown = await (await app.CreateClient().GetAsync($"/api/pledges/{pledge.GetProperty("id").GetString()}")).ShouldBeJsonAsync();
        Assert.Equal(Narrative.Trim(), shown.GetProperty("narrative").GetString());
    }

    [Fact]
    public async Task A_SMART_pledge_gets_no_advice()
    {
        var (client, _) = await StakeholderAsync();

        var (pledge, _) = await MakeAsync(client, Pledge(("objectives", new[] { 3, 7 }), ("actions", new[] { "3a", "7.c" }),
            ("measure", "Staff trained"), ("baseline", "None trained in 2026"), ("targetDate", "2028-06-30"), ("responsible", "Training unit")));

        Assert.Empty(pledge.GetProperty("smart").GetProperty("missing").EnumerateArray());
        Assert.Equal(["3a", "7c"], pledge.GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task A_focal_point_pledges_in_its_States_name()
    {
        var (client, _) = await app.ClientAsAsync("state-focal-point", "MAR");

        var (pledge, _) = await MakeAsync(client, Pledge(("actorType", "state"), ("form", "financial"), ("amount", 500000), ("currency", "MAD")));

        Assert.Equal("Morocco", pledge.GetProperty("actorName").GetString());
        Assert.Equal("MAR", pledge.GetProperty("pledgingState").GetString());
        var byState = (await (await app.CreateClient().GetAsync("/api/pledges?state=mar")).ShouldBeJsonAsync()).Items();
        Assert.Contains(byState, p => p.GetProperty("id").GetString() == pledge.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Nobody_pledges_in_someone_elses_name()
    {
        var (stakeholder, _) = await StakeholderAsync();
        var (focalPoint, _) = await app.ClientAsAsync("state-focal-point", "MAR");
        var (fundManager, _) = await app.ClientAsAsync("fund-manager");
        var before = await app.Database.CountAsync("commitments_pledges");

        await (await stakeholder.PostAsJsonAsync("/api/pledges", Pledge(("actorName", "Another NGO")))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await stakeholder.PostAsJsonAsync("/api/pledges", Pledge(("actorType", "state")))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await focalPoint.PostAsJsonAsync("/api/pledges", Pledge(("actorType", "state"), ("pledgingState", "ESP")))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await focalPoint.PostAsJsonAsync("/api/pledges", Pledge())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await fundManager.PostAsJsonAsync("/api/pledges", Pledge())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await app.CreateClient().PostAsJsonAsync("/api/pledges", Pledge())).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal(before, await app.Database.CountAsync("commitments_pledges"));
    }

    [Fact]
    public async Task A_pledge_with_four_mistakes_gets_one_answer_naming_all_four()
    {
        var (client, _) = await StakeholderAsync();
        var before = await app.Database.CountAsync("commitments_pledges");

        var problem = await (await client.PostAsJsonAsync("/api/pledges", Pledge(
            ("narrative", "Too short."), ("form", "money"), ("currency", "XYZ"), ("objectives", new[] { 24 }))))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors").EnumerateObject().ToDictionary(e => e.Name, e => e.Value[0].GetString()!);
        Assert.Equal(["currency", "form", "narrative", "objectives"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("(10 given)", errors["narrative"]);
        Assert.Contains("'money'", errors["form"]);
        Assert.Contains("objective 24", errors["objectives"]);
        Assert.Contains("4 fields", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await app.Database.CountAsync("commitments_pledges"));
    }

    [Fact]
    public async Task A_financial_pledge_is_told_at_once_that_it_lacks_both_amount_and_currency()
    {
        var (client, _) = await StakeholderAsync();

        var problem = await (await client.PostAsJsonAsync("/api/pledges", Pledge(("form", "financial"))))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["amount", "currency"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_pledge_is_made_only_in_a_currency_the_fund_can_receive()
    {
        var (client, _) = await StakeholderAsync();

        await (await client.PostAsJsonAsync("/api/pledges", Pledge(("form", "financial"), ("amount", 1000), ("currency", "XYZ"))))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "currency");
        var (pledge, _) = await MakeAsync(client, Pledge(("form", "financial"), ("amount", 1000), ("currency", "eur")));

        Assert.Equal("EUR", pledge.GetProperty("currency").GetString());
    }

    public static TheoryData<string, object?, string> BadFields => new()
    {
        { "narrative", "Too short.", "narrative" },
        { "narrative", new string('x', 3001), "narrative" },
        { "form", "money", "form" },
        { "jointType", "solo", "jointType" },
        { "actorType", "government", "actorType" },
        { "objectives", new[] { 24 }, "objectives" },
        { "objectives", Array.Empty<int>(), "objectives" },
        { "actions", new[] { "3f" }, "actions" },
        { "actions", new[] { "5a" }, "actions" },
        { "principles", new[] { "speed" }, "principles" },
        { "states", new[] { "XYZ" }, "states" },
        { "amount", 100, "amount" },
        { "jointType", "matching", "matches" },
        { "targetDate", "soon", "targetDate" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Bad_input_names_the_field_and_writes_nothing(string key, object? value, string field)
    {
        var (client, _) = await StakeholderAsync();
        var before = await app.Database.CountAsync("commitments_pledges");

        await (await client.PostAsJsonAsync("/api/pledges", Pledge((key, value)))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);

        Assert.Equal(before, await app.Database.CountAsync("commitments_pledges"));
    }

    [Theory]
    [InlineData(null, "USD", "amount")]
    [InlineData(1000, null, "currency")]
    [InlineData(1000, "dollars", "currency")]
    [InlineData(-5, "USD", "amount")]
    public async Task A_financial_pledge_needs_a_valid_amount_and_currency(int? amount, string? currency, string field)
    {
        var (client, _) = await StakeholderAsync();

        var response = await client.PostAsJsonAsync("/api/pledges", Pledge(("form", "financial"), ("amount", amount), ("currency", currency)));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task A_matching_pledge_names_an_existing_pledge()
    {
        var (client, _) = await StakeholderAsync();
        var (first, _) = await MakeAsync(client, Pledge(("form", "financial"), ("amount", 100000), ("currency", "USD")));

        await (await client.PostAsJsonAsync("/api/pledges", Pledge(("jointType", "matching"), ("matches", Guid.NewGuid()))))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "matches");
        var (matching, _) = await MakeAsync(client, Pledge(("jointType", "matching"), ("matches", first.GetProperty("id").GetString()),
            ("form", "financial"), ("amount", 100000), ("currency", "USD")));

        Assert.Equal(first.GetProperty("id").GetString(), matching.GetProperty("matches").GetString());
    }

    [Fact]
    public async Task An_amendment_from_100_to_150_is_one_pledge_of_150_with_its_history()
    {
        var (client, organisation) = await StakeholderAsync();
        var (pledge, etag) = await MakeAsync(client, Pledge(("form", "financial"), ("amount", 100), ("currency", "USD")));
        var url = $"/api/pledges/{pledge.GetProperty("id").GetString()}";

        await (await client.PatchAsync(url, new { amount = 150 }, etag)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "reason");
        var amended = await (await client.PatchAsync(url, new { amount = 150, reason = "Board approved a larger grant." }, etag)).ShouldBeJsonAsync();
        await (await client.PatchAsync(url, new { amount = 175, reason = "Stale copy." }, etag)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);

        Assert.Equal(150m, amended.GetProperty("amount").GetDecimal());
        var mine = (await (await app.CreateClient().GetAsync("/api/pledges?actorType=civil-society")).ShouldBeJsonAsync()).Items()
            .Where(p => p.GetProperty("actorName").GetString() == organisation).ToList();
        Assert.Equal(150m, Assert.Single(mine).GetProperty("amount").GetDecimal());
        var versions = (await (await app.CreateClient().GetAsync($"{url}/versions")).ShouldBeJsonAsync()).Items().ToList();
        Assert.Equal([100m, 150m], versions.Select(v => v.GetProperty("record").GetProperty("amount").GetDecimal()));
        Assert.Equal("Board approved a larger grant.", versions[1].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task An_amendment_can_clear_a_text_field_and_leaves_unsent_ones_alone()
    {
        var (client, _) = await StakeholderAsync();
        var (pledge, etag) = await MakeAsync(client, Pledge(("measure", "Clinics opened"), ("baseline", "None")));

        var amended = await (await client.PatchAsync($"/api/pledges/{pledge.GetProperty("id").GetString()}", new { measure = "", reason = "Measure to be agreed." }, etag)).ShouldBeJsonAsync();

        Assert.Equal(JsonValueKind.Null, amended.GetProperty("measure").ValueKind);
        Assert.Equal("None", amended.GetProperty("baseline").GetString());
        Assert.Contains("measure", amended.GetProperty("smart").GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task Only_the_pledger_or_the_secretariat_amends()
    {
        var (owner, _) = await StakeholderAsync();
        var (other, _) = await StakeholderAsync();
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var (pledge, etag) = await MakeAsync(owner, Pledge());
        var url = $"/api/pledges/{pledge.GetProperty("id").GetString()}";

        await (await other.PatchAsync(url, new { measure = "x", reason = "Not mine." }, etag)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await secretariat.PatchAsync(url, new { measure = "Trainings held", reason = "Clarified with the owner." }, etag)).ShouldBeJsonAsync();
        await (await owner.PatchAsync(url, new { actorName = "Renamed", reason = "x" }, "\"2\"")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "actorName");
    }

    [Fact]
    public async Task Progress_moves_a_pledge_forward_with_dated_notes_and_a_fulfilled_pledge_is_final()
    {
        var (client, _) = await StakeholderAsync();
        var (pledge, etag) = await MakeAsync(client, Pledge());
        var url = $"/api/pledges/{pledge.GetProperty("id").GetString()}";
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

        var started = await client.SendAsync(Progress(url, etag, new { date = today.AddDays(-3), note = "First training held.", status = "in-progress" }));
        var done = await client.SendAsync(Progress(url, started.ETag(), new { date = today, note = "All staff trained.", status = "fulfilled" }));
        var fulfilled = await done.ShouldBeJsonAsync();

        Assert.Equal("fulfilled", fulfilled.GetProperty("status").GetString());
        Assert.Equal(["First training held.", "All staff trained."], fulfilled.GetProperty("progress").EnumerateArray().Select(n => n.GetProperty("note").GetString()));
        await (await client.SendAsync(Progress(url, done.ETag(), new { date = today, note = "Restarting.", status = "in-progress" })))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await client.PatchAsync(url, new { measure = "x", reason = "Too late." }, done.ETag())).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Progress_cannot_be_dated_in_the_future()
    {
        var (client, _) = await StakeholderAsync();
        var (pledge, etag) = await MakeAsync(client, Pledge());
        var tomorrow = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(1);

        var response = await client.SendAsync(Progress($"/api/pledges/{pledge.GetProperty("id").GetString()}", etag, new { date = tomorrow, note = "Planned." }));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "date");
    }

    [Fact]
    public async Task The_list_filters_by_objective_actor_type_and_State()
    {
        var (client, _) = await StakeholderAsync();
        var (pledge, _) = await MakeAsync(client, Pledge(("actorType", "academia"), ("objectives", new[] { 17 }), ("states", new[] { "fji" })));
        var anonymous = app.CreateClient();
        var id = pledge.GetProperty("id").GetString();

        Assert.Contains((await (await anonymous.GetAsync("/api/pledges?objective=17")).ShouldBeJsonAsync()).Items(), p => p.GetProperty("id").GetString() == id);
        Assert.DoesNotContain((await (await anonymous.GetAsync("/api/pledges?objective=18")).ShouldBeJsonAsync()).Items(), p => p.GetProperty("id").GetString() == id);
        var academic = (await (await anonymous.GetAsync("/api/pledges?actorType=academia")).ShouldBeJsonAsync()).Items().ToList();
        Assert.Contains(academic, p => p.GetProperty("id").GetString() == id);
        Assert.All(academic, p => Assert.Equal("academia", p.GetProperty("actorType").GetString()));
        Assert.Contains((await (await anonymous.GetAsync("/api/pledges?state=FJI")).ShouldBeJsonAsync()).Items(), p => p.GetProperty("id").GetString() == id);
        await (await anonymous.GetAsync("/api/pledges?objective=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "objective");
        await (await anonymous.GetAsync("/api/pledges?actorType=robots")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "actorType");
        await (await anonymous.GetAsync("/api/pledges?state=ZZZ")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "state");
    }

    [Fact]
    public async Task The_list_comes_in_pages_with_the_total_of_all_matches()
    {
        var (client, organisation) = await StakeholderAsync();
        for (var i = 0; i < 3; i++)
        {
            await MakeAsync(client, Pledge(("actorType", "trade-union")));
        }
        var anonymous = app.CreateClient();

        var first = await (await anonymous.GetAsync("/api/pledges?actorType=trade-union&pageSize=2")).ShouldBeJsonAsync();
        var second = await (await anonymous.GetAsync("/api/pledges?actorType=trade-union&pageSize=2&page=2")).ShouldBeJsonAsync();

        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.True(first.GetProperty("total").GetInt32() >= 3);
        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(p => p.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        await (await anonymous.GetAsync("/api/pledges?pageSize=501")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "pageSize");
        await (await anonymous.GetAsync("/api/pledges?page=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "page");
    }

    [Fact]
    public async Task Another_States_focal_point_cannot_amend_a_States_pledge()
    {
        var (morocco, _) = await app.ClientAsAsync("state-focal-point", "MAR");
        var (spain, _) = await app.ClientAsAsync("state-focal-point", "ESP");
        var (pledge, etag) = await MakeAsync(morocco, Pledge(("actorType", "state")));

        await (await spain.PatchAsync($"/api/pledges/{pledge.GetProperty("id").GetString()}", new { measure = "x", reason = "Not ours." }, etag))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_pledge_is_audited_with_its_author()
    {
        var (client, _) = await StakeholderAsync();
        var (pledge, _) = await MakeAsync(client, Pledge());
        var (secretariat, _) = await app.ClientAsAsync("secretariat");

        var entry = (await (await secretariat.GetAsync($"/api/audit?entity=Pledge&entityId={pledge.GetProperty("id").GetString()}")).ShouldBeJsonAsync()).Items().Single();

        Assert.Equal("created", entry.GetProperty("action").GetString());
        Assert.EndsWith("@example.org", entry.GetProperty("actor").GetString());
    }

    private static HttpRequestMessage Progress(string url, string etag, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{url}/progress") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return request;
    }
}
