using System.Net;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Instruments;

/// <summary>Party counts and vote totals are counted from the shipped rows for a date, never typed in.</summary>
public sealed class CountingPartiesAndVotesFromTheRows(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task The_1990_convention_had_54_parties_on_the_day_of_the_vote()
    {
        var icrmw = await (await client.GetAsync("/api/instruments/icrmw?asOf=2018-12-19")).ShouldBeJsonAsync();

        Assert.Equal(54, icrmw.GetProperty("partyCount").GetInt32());
        Assert.Equal(54, icrmw.GetProperty("parties").GetArrayLength());
        // Chad (2022), Fiji (2019), Togo (2020, year only), Malawi and Côte d'Ivoire came later.
        var parties = icrmw.GetProperty("parties").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains("MEX", parties);
        Assert.DoesNotContain("TGO", parties);
        Assert.DoesNotContain("FJI", parties);
        Assert.Empty(icrmw.GetProperty("undetermined").EnumerateArray());
    }

    [Fact]
    public async Task The_count_today_matches_the_59_the_depositary_states_and_shows_both()
    {
        var icrmw = await (await client.GetAsync("/api/instruments/icrmw")).ShouldBeJsonAsync();

        Assert.Equal(59, icrmw.GetProperty("partyCount").GetInt32());
        var stated = icrmw.GetProperty("statedPartyCount");
        Assert.Equal(59, stated.GetProperty("count").GetInt32());
        Assert.Equal(">= 2023-09-26", stated.GetProperty("asOf").GetString());
        Assert.Equal(59, stated.GetProperty("computed").GetInt32());
        Assert.Contains("UNTC", stated.GetProperty("source").GetString());
    }

    [Fact]
    public async Task A_year_only_ratification_counts_only_once_its_whole_year_is_over()
    {
        var during = await (await client.GetAsync("/api/instruments/icrmw?asOf=2020-06-30")).ShouldBeJsonAsync();
        var after = await (await client.GetAsync("/api/instruments/icrmw?asOf=2020-12-31")).ShouldBeJsonAsync();

        Assert.DoesNotContain("TGO", during.GetProperty("parties").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("TGO", during.GetProperty("undetermined").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("TGO", after.GetProperty("parties").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(during.GetProperty("partyCount").GetInt32() + 1, after.GetProperty("partyCount").GetInt32());
        var togo = (await (await client.GetAsync("/api/states/TGO/positions")).ShouldBeJsonAsync()).Items()
            .Single(p => p.GetProperty("instrument").GetString() == "icrmw" && p.GetProperty("kind").GetString() == "consent");
        Assert.Equal("2020", togo.GetProperty("date").GetString());
        Assert.Equal("year", togo.GetProperty("datePrecision").GetString());
    }

    [Fact]
    public async Task The_vote_on_73_195_totals_152_5_12_and_24_absent_from_the_rows()
    {
        var vote = await (await client.GetAsync("/api/votes/A-RES-73-195")).ShouldBeJsonAsync();

        var items = vote.Items().ToList();
        Assert.Equal(193, items.Count);
        var totals = vote.GetProperty("totals");
        Assert.Equal(items.Count(i => i.GetProperty("vote").GetString() == "yes"), totals.GetProperty("yes").GetInt32());
        Assert.Equal((152, 5, 12, 24), (totals.GetProperty("yes").GetInt32(), totals.GetProperty("no").GetInt32(),
            totals.GetProperty("abstain").GetInt32(), totals.GetProperty("absent").GetInt32()));
        Assert.Equal("absent", items.Single(i => i.GetProperty("iso3").GetString() == "SVK").GetProperty("vote").GetString());
        Assert.Equal("no", items.Single(i => i.GetProperty("iso3").GetString() == "HUN").GetProperty("vote").GetString());
    }

    [Fact]
    public async Task An_unknown_resolution_or_instrument_is_not_found_and_a_bad_date_names_asOf()
    {
        await (await client.GetAsync("/api/votes/A-RES-73-999")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/instruments/no-such-treaty")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/instruments/icrmw?asOf=19-12-2018")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "asOf");
    }
}
