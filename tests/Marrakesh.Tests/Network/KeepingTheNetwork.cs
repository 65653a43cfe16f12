using System.Net;
using System.Net.Http.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Network;

public sealed class KeepingTheNetwork(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Fact]
    public async Task The_secretariat_adds_and_corrects_a_member_and_every_version_is_kept()
    {
        var (secretariat, email) = await app.ClientAsAsync("secretariat");
        var acronym = NetworkCalls.FreshAcronym();

        var created = await secretariat.PostAsJsonAsync("/api/network/members", NetworkCalls.Member(acronym.ToLowerInvariant()));
        var member = await created.ShouldBeJsonAsync(HttpStatusCode.Created);
        var changed = await (await secretariat.PatchAsync($"/api/network/members/{acronym}",
            new { executiveCommittee = true, since = "by 2026", reason = "Terms of Reference revised" }, created.ETag())).ShouldBeJsonAsync();

        Assert.Equal(acronym, member.GetProperty("acronym").GetString());
        Assert.Equal($"/api/network/members/{acronym}", created.Headers.Location!.OriginalString);
        Assert.Equal(2, changed.GetProperty("version").GetInt32());
        Assert.True(changed.GetProperty("executiveCommittee").GetBoolean());
        Assert.Equal($"Entity {acronym.ToLowerInvariant()}", changed.GetProperty("name").GetString());
        var versions = (await (await app.CreateClient().GetAsync($"/api/network/members/{acronym}/versions")).ShouldBeJsonAsync()).Items().ToList();
        Assert.Equal(["created", "updated"], versions.Select(v => v.GetProperty("change").GetString()));
        Assert.Equal("Terms of Reference revised", versions[1].GetProperty("reason").GetString());
        Assert.False(versions[0].GetProperty("record").GetProperty("executiveCommittee").GetBoolean());
        var known = await (await app.CreateClient().GetAsync("/api/network/members")).ShouldBeJsonAsync();
        Assert.Contains(known.Items(), m => m.GetProperty("acronym").GetString() == acronym);
        Assert.False(known.GetProperty("membershipComplete").GetBoolean());
        var (admin, _) = await app.ClientAsAsync("admin");
        var trail = (await (await admin.GetAsync("/api/audit?entity=NetworkMember&limit=500")).ShouldBeJsonAsync()).Items();
        Assert.Contains(trail, e => e.GetProperty("action").GetString() == "updated" && e.GetProperty("actor").GetString() == email
            && (e.GetProperty("after").GetString() ?? "").Contains("by 2026", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stale_or_missing_if_match_changes_nothing()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var acronym = NetworkCalls.FreshAcronym();
        await secretariat.AddMemberAsync(acronym);

        await (await secretariat.PatchAsync($"/api/network/members/{acronym}", new { since = "x" }, "\"7\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await secretariat.PatchAsync($"/api/network/members/{acronym}", new { since = "x" }, null)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);

        var member = await (await app.CreateClient().GetAsync($"/api/network/members/{acronym}")).ShouldBeJsonAsync();
        Assert.Equal(1, member.GetProperty("member").GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData("state-focal-point", "MAR", null)]
    [InlineData("stakeholder", null, "IOM")]
    [InlineData("fund-manager", null, null)]
    public async Task Nobody_but_the_secretariat_writes_the_network(string role, string? state, string? organisation)
    {
        var (caller, _) = await app.ClientAsAsync(role, state, organisation);
        var before = await CountsAsync();

        await (await caller.PostAsJsonAsync("/api/network/members", NetworkCalls.Member(NetworkCalls.FreshAcronym()))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await caller.PostAsJsonAsync("/api/network/workstreams", NetworkCalls.Workstream())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await caller.PostAsJsonAsync("/api/network/country-networks", NetworkCalls.RegionalNetwork())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await caller.PatchAsync("/api/network/members/IOM", new { since = "never" }, "\"1\"")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await app.CreateClient().PostAsJsonAsync("/api/network/members", NetworkCalls.Member(NetworkCalls.FreshAcronym()))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_member_already_recorded_is_refused_naming_the_acronym()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var before = await CountsAsync();

        var problem = await (await secretariat.PostAsJsonAsync("/api/network/members", NetworkCalls.Member("iom")))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "acronym");

        Assert.Contains("IOM", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_member_with_a_bad_acronym_and_no_name_or_source_gets_one_answer_naming_all_three()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var before = await CountsAsync();

        var problem = await (await secretariat.PostAsJsonAsync("/api/network/members", new { acronym = "I O M", role = "chair" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["acronym", "name", "role", "source"], errors);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Workstreams_are_led_by_members_and_keep_their_history()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var name = $"Return and reintegration {Guid.NewGuid():N}";

        var created = await secretariat.PostAsJsonAsync("/api/network/workstreams", NetworkCalls.Workstream(name));
        var workstream = await created.ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = workstream.GetProperty("id").GetString();
        await (await secretariat.PatchAsync($"/api/network/workstreams/{id}", new { leads = new[] { "unhcr" }, reason = "New lead" }, created.ETag())).ShouldBeJsonAsync();

        var ilo = await (await app.CreateClient().GetAsync("/api/network/members/UNHCR")).ShouldBeJsonAsync();
        Assert.Contains(ilo.GetProperty("workstreams").EnumerateArray(), w => w.GetProperty("name").GetString() == name);
        Assert.Equal(2, (await (await app.CreateClient().GetAsync($"/api/network/workstreams/{id}/versions")).ShouldBeJsonAsync()).Items().Count());
        var before = await CountsAsync();
        var unknownLead = await (await secretariat.PostAsJsonAsync("/api/network/workstreams", new { name = "Other", leads = new[] { "IOM", "NOSUCH" }, source = "s" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "leads");
        Assert.Contains("NOSUCH", unknownLead.GetProperty("detail").GetString());
        await (await secretariat.PostAsJsonAsync("/api/network/workstreams", NetworkCalls.Workstream(name))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "name");
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_country_network_names_a_known_state_once_and_shows_on_its_state()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var body = new { scope = "country", state = "sen", residentCoordinatorOffice = "RCO Senegal", members = new[] { "IOM", "ILO" }, champion = true, source = "Network, 2026" };

        var network = await secretariat.AddCountryNetworkAsync(body);

        Assert.Equal("SEN", network.GetProperty("state").GetString());
        var listed = (await (await app.CreateClient().GetAsync("/api/network/country-networks?state=SEN")).ShouldBeJsonAsync()).Items().Single();
        Assert.True(listed.GetProperty("champion").GetBoolean());
        var csv = await (await app.CreateClient().GetAsync("/api/network/country-networks.csv?state=SEN")).Content.ReadAsStringAsync();
        Assert.Contains(",country,SEN,,RCO Senegal,ILO;IOM,yes,", csv);
        var before = await CountsAsync();
        await (await secretariat.PostAsJsonAsync("/api/network/country-networks", body)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "state");
        await (await secretariat.PostAsJsonAsync("/api/network/country-networks", body with { state = "ATL" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "state");
        await (await secretariat.PostAsJsonAsync("/api/network/country-networks", body with { state = "GHA", members = new[] { "WFP" } }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "members");
        await (await secretariat.PostAsJsonAsync("/api/network/country-networks", new { scope = "regional", source = "s", state = "GHA" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "region");
        await (await secretariat.PostAsJsonAsync("/api/network/country-networks", new { scope = "regional", source = "s", region = "Atlantis" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "region");
        Assert.Equal(before, await CountsAsync());
    }

    private async Task<(long, long, long, long)> CountsAsync() => (
        await app.Database.CountAsync("network_members"), await app.Database.CountAsync("network_workstreams"),
        await app.Database.CountAsync("network_country_networks"), await app.Database.CountAsync("platform_record_versions"));
}
