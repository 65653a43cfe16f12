using System.Net;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Datasets;

/// <summary>KNOMAD bilateral matrices and WDI CSV downloads: names and codes matched, corridors and series served.</summary>
public sealed class ImportingCorridorsAndIndicators(MarrakeshApp app) : IClassFixture<MarrakeshApp>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        if (await app.Database.CountAsync("datasets_imports") == 0)
        {
            (await app.ImportAsync(PublishedLayouts.RemittanceMatrix(), "brm.xlsx", "bilateral", "--kind", "remittances", "--year", "2021")).ShouldSucceed();
            (await app.ImportAsync(PublishedLayouts.WdiCsv(), "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2.csv", "wdi")).ShouldSucceed();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_largest_corridors_come_first_with_ISO3_ends_in_US_dollars()
    {
        var top = (await (await app.CreateClient().GetAsync("/api/corridors?kind=remittances&year=2021&top=2")).ShouldBeJsonAsync()).Items().ToList();

        Assert.Equal(2, top.Count);
        Assert.Equal("USA", top[0].GetProperty("origin").GetString());
        Assert.Equal("MEX", top[0].GetProperty("destination").GetString());
        Assert.Equal(2021, top[0].GetProperty("year").GetInt32());
        Assert.Equal("remittances", top[0].GetProperty("kind").GetString());
        Assert.Equal(52_595_300_000, top[0].GetProperty("value").GetDouble(), 1.0);
        Assert.Equal("IND", top[1].GetProperty("destination").GetString());
    }

    [Fact]
    public async Task Publisher_names_are_matched_and_world_totals_stay_apart_from_countries()
    {
        var client = app.CreateClient();
        var intoIndia = (await (await client.GetAsync("/api/corridors?kind=remittances&destination=IND")).ShouldBeJsonAsync()).Items()
            .Select(i => i.GetProperty("origin").GetString()).ToList();
        var world = (await (await client.GetAsync("/api/corridors?kind=remittances&origin=WLD&destination=WLD")).ShouldBeJsonAsync()).Items().Single();
        var all = (await (await client.GetAsync("/api/corridors?kind=remittances&pageSize=500")).ShouldBeJsonAsync()).Items().ToList();

        Assert.Equal(["USA", "KOR", "EGY"], intoIndia);
        Assert.Equal((52595.3 + 15808.0 + 120.5 + 30.25 + 12.0 + 7.5) * 1e6, world.GetProperty("value").GetDouble(), 1.0);
        Assert.Equal(6, all.Count);
        Assert.DoesNotContain(all, i => i.GetProperty("origin").GetString() == "WLD" || i.GetProperty("destination").GetString() == "WLD");
    }

    [Fact]
    public async Task Corridor_filters_are_checked()
    {
        var client = app.CreateClient();

        await (await client.GetAsync("/api/corridors?kind=refugees")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "kind");
        await (await client.GetAsync("/api/corridors?top=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "top");
        await (await client.GetAsync("/api/corridors?origin=not-a-code!")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "origin");
        var paged = await (await client.GetAsync("/api/corridors?kind=remittances&pageSize=4&page=2")).ShouldBeJsonAsync();
        Assert.Equal(6, paged.GetProperty("total").GetInt32());
        Assert.Equal(2, paged.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Corridors_download_as_CSV_and_SDMX_CSV()
    {
        var csv = await (await app.CreateClient().GetAsync("/api/corridors.csv?kind=remittances&origin=USA")).Content.ReadAsStringAsync();
        var sdmx = await app.CreateClient().GetAsync("/api/corridors.sdmx.csv?kind=remittances&origin=USA");

        var lines = csv.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("origin,destination,year,kind,value,revision", lines[0]);
        Assert.Equal("USA,MEX,2021,remittances,52595300000,2021 (December 2022)", lines[1]);
        Assert.Equal(3, lines.Count);
        Assert.Equal("application/vnd.sdmx.data+csv", sdmx.Content.Headers.ContentType?.MediaType);
        var observations = (await sdmx.Content.ReadAsStringAsync()).Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("DATAFLOW,FREQ,REF_AREA,COUNTERPART_AREA,MEASURE,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,DATA_SOURCE,REVISION", observations[0]);
        Assert.StartsWith("MARRAKESH:DF_CORRIDORS(1.0),A,MEX,USA,REMITTANCES,2021,52595300000,USD,", observations[1]);
        Assert.EndsWith(",2021 (December 2022)", observations[1]);
        Assert.Contains("KNOMAD", observations[1]);
        Assert.Equal(3, observations.Count);
    }

    [Fact]
    public async Task An_unknown_name_in_a_matrix_is_refused_with_its_cell()
    {
        var before = await app.FiguresAsync();
        var file = PublishedLayouts.RemittanceMatrix(tamper: rows => rows[4][0] = "Republic of Atlantis");

        var result = await app.ImportAsync(file, "bad.xlsx", "bilateral", "--kind", "remittances", "--year", "2020");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FINAL BRM 2021 !A5: Unknown country name 'Republic of Atlantis'", result.Error);
        Assert.Equal(before, await app.FiguresAsync());
    }

    [Fact]
    public async Task A_WDI_download_with_its_preamble_BOM_and_trailing_commas_serves_the_indicator()
    {
        var client = app.CreateClient();
        var india = (await (await client.GetAsync("/api/indicators/BX.TRF.PWKR.CD.DT?state=IND&from=2020&to=2021")).ShouldBeJsonAsync()).Items().ToList();
        var countries = (await (await client.GetAsync("/api/indicators/BX.TRF.PWKR.CD.DT")).ShouldBeJsonAsync()).Items()
            .Select(i => i.GetProperty("state").GetString()).Distinct().ToList();
        var aggregates = (await (await client.GetAsync("/api/indicators/BX.TRF.PWKR.CD.DT?aggregates=true")).ShouldBeJsonAsync()).Items()
            .Select(i => i.GetProperty("state").GetString()).Distinct().Order().ToList();

        Assert.Equal([83_149_172_934d, 89_375_152_218d], india.Select(i => i.GetProperty("value").GetDouble()));
        Assert.All(india, i => Assert.Equal("2025-07-01", i.GetProperty("revision").GetString()));
        Assert.Equal(["IND", "MAR"], countries.Order());
        Assert.Equal(["LMY", "WLD"], aggregates);
        await (await client.GetAsync("/api/indicators/NO.SUCH.CODE")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Indicators_download_as_CSV_and_SDMX_CSV()
    {
        var client = app.CreateClient();
        var csv = await (await client.GetAsync("/api/indicators/BX.TRF.PWKR.CD.DT.csv?state=MAR")).Content.ReadAsStringAsync();
        var sdmx = await client.GetAsync("/api/indicators/BX.TRF.PWKR.CD.DT.sdmx.csv?state=MAR");

        Assert.Equal(["indicator,state,is_aggregate,year,value,revision", "BX.TRF.PWKR.CD.DT,MAR,false,2019,6970000000,2025-07-01", "BX.TRF.PWKR.CD.DT,MAR,false,2020,7420000000,2025-07-01"],
            csv.Trim().Split('\n').Select(l => l.TrimEnd('\r')));
        Assert.Equal("application/vnd.sdmx.data+csv", sdmx.Content.Headers.ContentType?.MediaType);
        Assert.Contains("MARRAKESH:DF_INDICATORS(1.0),A,MAR,BX.TRF.PWKR.CD.DT,2019,6970000000,", await sdmx.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_code_or_text_in_a_WDI_file_is_named_by_line_and_column()
    {
        var before = await app.FiguresAsync();
        var unknown = await app.ImportAsync(PublishedLayouts.WdiCsv("2025-08-01", "\"Atlantis\",\"ATL\",\"Personal remittances, received (current US$)\",\"BX.TRF.PWKR.CD.DT\",\"1\",\"2\",\"3\","), "u.csv", "wdi");
        var text = await app.ImportAsync(PublishedLayouts.WdiCsv("2025-08-01", "\"Chile\",\"CHL\",\"Personal remittances, received (current US$)\",\"BX.TRF.PWKR.CD.DT\",\"1\",\"two\",\"3\","), "t.csv", "wdi");
        var notANumber = await app.ImportAsync(PublishedLayouts.WdiCsv("2025-08-01", "\"Chile\",\"CHL\",\"Personal remittances, received (current US$)\",\"BX.TRF.PWKR.CD.DT\",\"1\",\"NaN\",\"3\","), "n.csv", "wdi");

        Assert.Contains("row 11, column Country Code: Unknown country code 'ATL'", unknown.Error);
        Assert.Contains("row 11, column 2020: Expected a number for CHL 2020, found text 'two'", text.Error);
        Assert.Contains("row 11, column 2020: Expected a number for CHL 2020", notANumber.Error);
        Assert.Equal(before, await app.FiguresAsync());
    }

    [Fact]
    public async Task A_State_migration_profile_names_the_source_of_each_series()
    {
        var india = await (await app.CreateClient().GetAsync("/api/states/IND/migration")).ShouldBeJsonAsync();

        var received = india.GetProperty("remittancesReceived");
        Assert.Equal("World Bank, World Development Indicators", received.GetProperty("source").GetProperty("title").GetString());
        Assert.Equal("2025-07-01", received.GetProperty("source").GetProperty("revision").GetString());
        Assert.Equal(3, received.GetProperty("points").GetArrayLength());
        await (await app.CreateClient().GetAsync("/api/states/ZZZ/migration")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_State_migration_profile_downloads_as_CSV_a_figure_a_row()
    {
        var response = await app.CreateClient().GetAsync("/api/states/IND/migration.csv");
        var lines = (await response.Content.ReadAsStringAsync()).Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("state,section,measure,partner,year,sex,value,unit,source,revision", lines[0]);
        var received = lines.Where(l => l.StartsWith("IND,remittances-received,", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, received.Count); // the same three points as the JSON profile
        Assert.All(received, l => Assert.EndsWith(",USD,\"World Bank, World Development Indicators\",2025-07-01", l));
        await (await app.CreateClient().GetAsync("/api/states/ZZZ/migration.csv")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_pages_show_the_largest_corridors_and_a_States_remittances_with_their_sources()
    {
        var client = app.CreateClient();
        var data = await client.GetPageAsync("/data");
        var india = await client.GetPageAsync("/states/IND/migration");

        var corridors = data.QuerySelector("section[aria-labelledby='corridors-remittances']")!;
        var first = corridors.QuerySelectorAll("tbody tr").First().QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/states/USA/migration", "/states/MEX/migration"], first);
        Assert.Contains("2021", corridors.QuerySelector("caption")!.TextContent);
        Assert.Contains(corridors.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/api/corridors.csv?kind=remittances&year=2021&top=10");
        var received = india.QuerySelector("section[aria-labelledby='remittances-Received']")!;
        Assert.NotNull(received.QuerySelector("svg.chart[role='img'] title"));
        Assert.Contains("2025-07-01", received.TextContent); // the WDI release the series comes from
        Assert.Contains(received.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/api/indicators/BX.TRF.PWKR.CD.DT.csv?state=IND");
    }
}
