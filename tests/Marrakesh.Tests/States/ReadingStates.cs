using System.Net;
using System.Text.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.States;

public sealed class ReadingStates(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private readonly HttpClient client = app.CreateClient();

    private async Task<List<JsonElement>> ListAsync(string query = "") =>
        (await (await client.GetAsync($"/api/states{query}")).ShouldBeJsonAsync()).Items().ToList();

    [Fact]
    public async Task Lists_193_member_States_and_the_two_observers()
    {
        var states = await ListAsync();

        Assert.Equal(195, states.Count);
        Assert.Equal(193, states.Count(s => s.GetProperty("unMember").GetBoolean()));
        var observers = states.Where(s => !s.GetProperty("unMember").GetBoolean()).Select(s => s.GetProperty("iso3").GetString());
        Assert.Equal(["PSE", "VAT"], observers.Order());
        Assert.Equal(195, states.Select(s => s.GetProperty("m49").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Records_the_General_Assembly_vote_on_resolution_73_195()
    {
        var votes = (await ListAsync()).GroupBy(s => s.GetProperty("gaVote").ToString()).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(152, votes["yes"]);
        Assert.Equal(5, votes["no"]);
        Assert.Equal(12, votes["abstain"]);
        Assert.Equal(24, votes["absent"]);
    }

    [Theory]
    [InlineData("?grouping=eu", 27)]
    [InlineData("?grouping=OECD", 38)]
    [InlineData("?grouping=au", 54)] // the AU's 55th member, the Sahrawi Republic, is not a UN Member or observer State
    [InlineData("?region=africa", 54)]
    [InlineData("?subRegion=Northern%20Africa", 6)]
    [InlineData("?region=Europe&grouping=eu", 26)] // Cyprus is in Western Asia in M49
    [InlineData("?region=Africa&grouping=eu", 0)]
    public async Task Filters_by_region_sub_region_and_grouping_in_any_case(string query, int expected)
    {
        var states = await ListAsync(query);
        Assert.Equal(expected, states.Count);
    }

    [Fact]
    public async Task Filtered_States_all_match_the_filter()
    {
        var states = await ListAsync("?subRegion=western%20asia&grouping=oecd");

        Assert.NotEmpty(states);
        Assert.All(states, s =>
        {
            Assert.Equal("Western Asia", s.GetProperty("subRegion").GetString());
            Assert.Contains("oecd", s.GetProperty("groupings").EnumerateArray().Select(g => g.GetString()));
        });
    }

    [Fact]
    public async Task Sorts_by_the_requested_key()
    {
        var byIso3 = (await ListAsync("?sort=iso3")).Select(s => s.GetProperty("iso3").GetString()).ToList();
        Assert.Equal(byIso3.Order(StringComparer.Ordinal), byIso3);
        var byName = (await ListAsync()).Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Equal("Afghanistan", byName[0]);
        Assert.True(byName.IndexOf("Côte d'Ivoire") < byName.IndexOf("Croatia"), "names sort by letters, not by code points");
    }

    [Theory]
    [InlineData("?region=Atlantis", "region")]
    [InlineData("?subRegion=Nowhere", "subRegion")]
    [InlineData("?grouping=nato", "grouping")]
    [InlineData("?sort=population", "sort")]
    public async Task An_unknown_filter_value_is_a_bad_request_naming_the_field(string query, string field)
    {
        var problem = await (await client.GetAsync($"/api/states{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);
        Assert.Contains("use one of", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("mar")]
    [InlineData("MAR")]
    [InlineData("Mar")]
    public async Task Finds_a_State_by_its_code_in_any_case(string code)
    {
        var morocco = await (await client.GetAsync($"/api/states/{code}")).ShouldBeJsonAsync();

        Assert.Equal("MAR", morocco.GetProperty("iso3").GetString());
        Assert.Equal("MA", morocco.GetProperty("iso2").GetString());
        Assert.Equal("504", morocco.GetProperty("m49").GetString());
        Assert.Equal("Northern Africa", morocco.GetProperty("subRegion").GetString());
        Assert.Equal(["ECA", "ESCWA"], morocco.GetProperty("regionalCommissions").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["au"], morocco.GetProperty("groupings").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Shows_an_observer_State_without_a_vote()
    {
        var holySee = await (await client.GetAsync("/api/states/vat")).ShouldBeJsonAsync();

        Assert.False(holySee.GetProperty("unMember").GetBoolean());
        Assert.Equal(JsonValueKind.Null, holySee.GetProperty("gaVote").ValueKind);
        Assert.Equal("336", holySee.GetProperty("m49").GetString());
    }

    [Fact]
    public async Task An_unknown_code_is_not_found() =>
        await (await client.GetAsync("/api/states/XYZ")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

    [Theory]
    [InlineData("MA")]
    [InlineData("MARO")]
    [InlineData("M4R")]
    public async Task A_malformed_code_is_a_bad_request(string code) =>
        await (await client.GetAsync($"/api/states/{code}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "iso3");
}
