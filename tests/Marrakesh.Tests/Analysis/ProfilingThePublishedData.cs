using System.Text.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Analysis;

/// <summary>The real UN DESA destination workbook (2020) and origin × destination table (2019), imported once.</summary>
public sealed class PublishedProfilesApp : MarrakeshApp
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        if (SharedData.Folder("undesa-ims-destination") is { } destination && SharedData.Folder("undesa-ims-origin-destination") is { } od)
        {
            (await RunCliAsync("import", "migrant-stock", Path.Combine(destination, "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx"))).ShouldSucceed();
            (await RunCliAsync("import", "bilateral", Path.Combine(od, "migrants_by_origin_and_destination_total.csv"), "--kind", "migrants")).ShouldSucceed();
        }
    }
}

/// <summary>Profiles and the migrant-stock claims on the published figures.</summary>
public sealed class ProfilingThePublishedData(PublishedProfilesApp app) : IClassFixture<PublishedProfilesApp>
{
    private async Task<JsonElement> GetAsync(string url) => await (await app.CreateClient().GetAsync(url)).ShouldBeJsonAsync();

    [SharedDataFact("undesa-ims-destination", "undesa-ims-origin-destination")]
    public async Task The_United_States_hosts_the_most_migrants_but_not_the_largest_share()
    {
        var profiles = await GetAsync("/api/analysis/profiles");
        var usa = profiles.Items().Single(i => i.GetProperty("iso3").GetString() == "USA");

        Assert.Equal(2020, profiles.GetProperty("year").GetInt32());
        Assert.Equal(2019, profiles.GetProperty("emigrantSource").GetProperty("year").GetInt32());
        Assert.Equal(50_632_836, usa.GetProperty("immigrants").GetDouble());
        Assert.Equal("destination", usa.GetProperty("label").GetString());
        Assert.True(profiles.Items().Count(i => i.GetProperty("label").ValueKind == JsonValueKind.String) > 180);
        // SC08: no reference file decides it; the imported figures do, and each reading gets its own verdict.
        Assert.Equal("holds", (await GetAsync("/api/analysis/claims/SC08-stock")).GetProperty("verdict").GetString());
        var share = await GetAsync("/api/analysis/claims/SC08-share");
        Assert.Equal("fails", share.GetProperty("verdict").GetString());
        Assert.Equal(["USA"], share.GetProperty("breaks").EnumerateArray().Select(e => e.GetString()));
    }

    [SharedDataFact("undesa-ims-destination", "undesa-ims-origin-destination")]
    public async Task The_fault_line_page_draws_every_State_with_figures_and_tables_them()
    {
        var page = await app.CreateClient().GetPageAsync("/analysis/fault-line");

        var svg = page.QuerySelector("svg.scatter")!;
        Assert.NotNull(svg.QuerySelector("title"));
        Assert.NotNull(svg.QuerySelector("desc"));
        Assert.True(svg.QuerySelectorAll("g.point").Length > 180);
        Assert.Equal(195, page.QuerySelectorAll("table tbody tr").Length);
        Assert.NotNull(svg.QuerySelector("g.vote-no"));
    }
}
