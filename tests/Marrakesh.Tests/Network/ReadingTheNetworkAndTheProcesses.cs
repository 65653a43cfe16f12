using System.Net;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Network;

public sealed class ReadingTheNetworkAndTheProcesses(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Fact]
    public async Task The_public_reads_the_nine_verified_members_and_is_told_the_total_is_not_recorded()
    {
        var members = await (await app.CreateClient().GetAsync("/api/network/members")).ShouldBeJsonAsync();

        var items = members.Items().ToList();
        Assert.Equal(9, items.Count);
        Assert.Equal(["DESA", "ILO", "IOM", "OHCHR", "UNDP", "UNHCR", "UNICEF", "UNODC", "WHO"],
            items.Select(m => m.GetProperty("acronym").GetString()).Order(StringComparer.Ordinal));
        Assert.All(items, m => Assert.True(m.GetProperty("executiveCommittee").GetBoolean() && m.GetProperty("verified").GetBoolean()));
        Assert.Equal("IOM", items[0].GetProperty("acronym").GetString());
        Assert.Equal("coordinator-and-secretariat", items[0].GetProperty("role").GetString());
        Assert.False(members.GetProperty("membershipComplete").GetBoolean());
        Assert.Equal("known members: 9; total not recorded", members.GetProperty("membership").GetString());
        var who = items.Single(m => m.GetProperty("acronym").GetString() == "WHO");
        Assert.Contains("IMRF 2022", who.GetProperty("source").GetString());
    }

    [Fact]
    public async Task A_member_is_read_by_its_acronym_in_any_case_and_an_unknown_one_is_404()
    {
        var client = app.CreateClient();

        var ilo = await (await client.GetAsync("/api/network/members/ilo")).ShouldBeJsonAsync();

        Assert.Equal("International Labour Organization", ilo.GetProperty("member").GetProperty("name").GetString());
        Assert.Equal("/api/hub/offers?provider=ILO", ilo.GetProperty("hubOffers").GetString());
        await (await client.GetAsync("/api/network/members/ZZZ")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_members_come_as_csv_too()
    {
        var response = await app.CreateClient().GetAsync("/api/network/members.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd().Split('\n');
        Assert.Equal("acronym,name,executive_committee,role,since,verified,source,note", lines[0].TrimEnd('\r'));
        Assert.Equal(10, lines.Length);
        Assert.StartsWith("IOM,International Organization for Migration,yes,coordinator-and-secretariat,", lines[1]);
    }

    [Fact]
    public async Task The_processes_carry_their_founding_years_members_and_how_complete_the_lists_are()
    {
        var processes = (await (await app.CreateClient().GetAsync("/api/consultative-processes")).ShouldBeJsonAsync()).Items().ToList();

        Assert.Equal(16, processes.Count);
        var rabat = processes.Single(p => p.GetProperty("key").GetString() == "rabat-process");
        Assert.Equal(2006, rabat.GetProperty("foundedYear").GetInt32());
        Assert.Equal(55, rabat.GetProperty("members").GetArrayLength());
        Assert.Equal(["DZA", "LBY"], rabat.GetProperty("observers").EnumerateArray().Select(o => o.GetString()));
        var prague = processes.Single(p => p.GetProperty("key").GetString() == "prague-process");
        Assert.Equal(0, prague.GetProperty("members").GetArrayLength());
        Assert.False(prague.GetProperty("membersComplete").GetBoolean());
        var gfmd = processes.Single(p => p.GetProperty("key").GetString() == "gfmd");
        Assert.Equal("global-forum", gfmd.GetProperty("kind").GetString());
        Assert.Equal(2007, gfmd.GetProperty("foundedYear").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, gfmd.GetProperty("membersComplete").ValueKind);
    }

    [Fact]
    public async Task A_states_processes_are_those_it_is_member_or_observer_of()
    {
        var client = app.CreateClient();

        var morocco = (await (await client.GetAsync("/api/consultative-processes?state=mar")).ShouldBeJsonAsync()).Items()
            .Select(p => p.GetProperty("key").GetString()).ToList();
        var algeria = (await (await client.GetAsync("/api/consultative-processes?state=DZA")).ShouldBeJsonAsync()).Items()
            .Select(p => p.GetProperty("key").GetString()).ToList();

        Assert.Equal(["rabat-process"], morocco);
        Assert.Equal(["rabat-process"], algeria);
        await (await client.GetAsync("/api/consultative-processes?state=12")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "state");
        await (await client.GetAsync("/api/consultative-processes?kind=summit")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "kind");
        await (await client.GetAsync("/api/consultative-processes/nowhere-process")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_processes_come_as_csv_with_unknowns_said_so()
    {
        var response = await app.CreateClient().GetAsync("/api/consultative-processes.csv?kind=global-forum");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("gfmd,Global Forum on Migration and Development,GFMD,global-forum,Global,2007,,", lines[1]);
        Assert.Contains(",not applicable,", lines[1]);
    }
}
