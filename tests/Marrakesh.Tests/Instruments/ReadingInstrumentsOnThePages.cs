using System.Net;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Instruments;

/// <summary>The instruments, the vote and a State's positions read on the public pages, with plain forms and no script.</summary>
public sealed class ReadingInstrumentsOnThePages(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task The_instrument_page_counts_parties_for_the_date_in_its_form()
    {
        var page = await client.GetPageAsync("/instruments/icrmw?asOf=2018-12-19");

        Assert.Equal("2018-12-19", page.QuerySelector("input#asOf")!.GetAttribute("value"));
        Assert.Equal(["54", "59"], page.QuerySelectorAll(".figures .card-number").Select(n => n.TextContent.Trim()));
        var rows = page.QuerySelectorAll("#positions ~ div table.data tbody tr, section[aria-labelledby=positions] table.data tbody tr");
        Assert.Contains(rows, r => r.TextContent.Contains("Mexico", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.TextContent.Contains("Fiji", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_instrument_list_shows_each_count_beside_the_stated_one()
    {
        var page = await client.GetPageAsync("/instruments?asOf=2018-12-19");

        var icrmw = page.QuerySelectorAll("table.data tbody tr").Single(r => r.QuerySelector("a[href='/instruments/icrmw']") is not null);
        Assert.StartsWith("54", icrmw.QuerySelectorAll("td")[2].TextContent.Trim());
        Assert.StartsWith("59", icrmw.QuerySelectorAll("td")[3].TextContent.Trim());
    }

    [Fact]
    public async Task The_vote_page_counts_the_rows_and_sets_the_Marrakesh_record_beside_them()
    {
        var page = await client.GetPageAsync("/votes/A-RES-73-195");

        var totals = page.QuerySelector("section[aria-labelledby=totals] tbody")!.QuerySelectorAll("tr")
            .Select(r => r.QuerySelectorAll("td")[0].TextContent.Trim()).ToList();
        Assert.Equal(["152", "5", "12", "24"], totals);
        var byState = page.QuerySelectorAll("section[aria-labelledby=by-state] tbody tr").ToList();
        Assert.Equal(193, byState.Count);
        var hungary = byState.Single(r => r.TextContent.Contains("Hungary", StringComparison.Ordinal));
        Assert.Contains("Against", hungary.TextContent);
        Assert.Contains("Did not take part", hungary.TextContent);
        Assert.Contains("Unknown", byState.Single(r => r.TextContent.Contains("Kenya", StringComparison.Ordinal)).TextContent);
        Assert.Contains("164", page.QuerySelector("section[aria-labelledby=marrakesh]")!.TextContent);
    }

    [Fact]
    public async Task A_State_page_shows_its_positions_vote_and_Marrakesh_record()
    {
        var page = await client.GetPageAsync("/states/MEX");

        Assert.Contains("In favour", page.QuerySelector("section[aria-labelledby=memberships]")!.TextContent);
        var positions = page.QuerySelector("section[aria-labelledby=positions]")!;
        Assert.Contains(positions.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("icrmw", StringComparison.Ordinal) && r.TextContent.Contains("1999-03-08", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_instrument_or_resolution_page_is_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/instruments/no-such-treaty")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/votes/A-RES-1-1")).StatusCode);
    }
}
