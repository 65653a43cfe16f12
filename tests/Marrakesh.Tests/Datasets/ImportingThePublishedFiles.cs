using System.Text.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Datasets;

/// <summary>Every real file in shared/data imported once, through the CLI verbs.</summary>
public sealed class PublishedFilesApp : MarrakeshApp
{
    public Dictionary<string, CliResult> Imports { get; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        async Task Import(string folder, string file, params string[] verb)
        {
            if (SharedData.Folder(folder) is { } path && File.Exists(Path.Combine(path, file)))
            {
                Imports[file] = await RunCliAsync(["import", verb[0], Path.Combine(path, file), .. verb[1..]]);
            }
        }
        await Import("undesa-ims-destination", "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx", "migrant-stock");
        await Import("knomad-bilateral-matrices", "bilateral_remittance_matrix_2021.xlsx", "bilateral", "--kind", "remittances", "--year", "2021");
        await Import("knomad-bilateral-matrices", "bilateral_migration_matrix_2021_latest.xlsx", "bilateral", "--kind", "migrants", "--year", "2021");
        await Import("knomad-remittance-flows", "remittance-inflows.xlsx", "remittance-flows");
        await Import("knomad-remittance-flows", "remittance-outflows.xlsx", "remittance-flows");
        await Import("wb-remittances-received", "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv", "wdi");
        await Import("wb-wdi-databank-2021", "wdi_databank_2021_part2.xlsx", "wdi");
        await Import("undesa-ims-origin-destination", "migrants_by_origin_and_destination_total.csv", "bilateral", "--kind", "migrants");
    }
}

/// <summary>The publishers' own files import, and their figures match the totals each SOURCE.md gives.</summary>
public sealed class ImportingThePublishedFiles(PublishedFilesApp app) : IClassFixture<PublishedFilesApp>
{
    private async Task<JsonElement> GetAsync(string url) => await (await app.CreateClient().GetAsync(url)).ShouldBeJsonAsync();

    private async Task<double> ValueAsync(string url) => (await GetAsync(url)).Items().Single().GetProperty("value").GetDouble();

    [SharedDataFact("undesa-ims-destination")]
    public async Task The_UN_DESA_2020_workbook_gives_280598105_migrants_in_the_world()
    {
        app.Imports["undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx"].ShouldSucceed();

        Assert.Equal(280_598_105, await ValueAsync("/api/migrant-stock?destination=WLD&year=2020&sex=both"));
        Assert.Equal(145_655_844, await ValueAsync("/api/migrant-stock?destination=WLD&year=2020&sex=male"));
        Assert.Equal(134_942_261, await ValueAsync("/api/migrant-stock?destination=WLD&year=2020&sex=female"));
        Assert.Equal(152_986_157, await ValueAsync("/api/migrant-stock?destination=WLD&year=1990&sex=both"));
        var countries = (await GetAsync("/api/migrant-stock?year=2020&sex=both&pageSize=500")).Items().Sum(i => i.GetProperty("value").GetDouble());
        Assert.Equal(280_598_105, countries);
        var usa = (await GetAsync("/api/migrant-stock?destination=USA&sex=both")).Items().Select(i => i.GetProperty("value").GetDouble());
        Assert.Equal([23_251_026d, 28_451_053, 34_814_053, 39_258_293, 44_183_643, 48_178_877, 50_632_836], usa);
        Assert.Equal(15_762_457, await ValueAsync("/api/migrant-stock?destination=DEU&year=2020&sex=both"));
        Assert.Equal(13_454_842, await ValueAsync("/api/migrant-stock?destination=SAU&year=2020&sex=both"));
        var refugees = (await GetAsync("/api/migrant-stock?destination=WLD&measure=refugees")).Items().Select(i => i.GetProperty("value").GetDouble());
        Assert.Equal([18_977_581d, 18_142_316, 16_503_717, 13_814_075, 16_153_794, 24_485_993, 33_807_795], refugees);
    }

    [SharedDataFact("knomad-bilateral-matrices")]
    public async Task The_KNOMAD_matrices_give_the_world_totals_and_largest_corridors()
    {
        app.Imports["bilateral_remittance_matrix_2021.xlsx"].ShouldSucceed();
        app.Imports["bilateral_migration_matrix_2021_latest.xlsx"].ShouldSucceed();

        Assert.Equal(781_075.7065e6, await ValueAsync("/api/corridors?kind=remittances&year=2021&origin=WLD&destination=WLD"), 0.1e6);
        Assert.Equal(282_222_943, await ValueAsync("/api/corridors?kind=migrants&year=2021&origin=WLD&destination=WLD"));
        var remittances = (await GetAsync("/api/corridors?kind=remittances&year=2021&top=3")).Items().Select(i => $"{i.GetProperty("origin").GetString()}>{i.GetProperty("destination").GetString()}");
        Assert.Equal(["USA>MEX", "ARE>IND", "USA>IND"], remittances);
        var migrants = (await GetAsync("/api/corridors?kind=migrants&year=2021&top=2")).Items().ToList();
        Assert.Equal("MEX", migrants[0].GetProperty("origin").GetString());
        Assert.Equal("USA", migrants[0].GetProperty("destination").GetString());
        Assert.Equal(10_924_662, migrants[0].GetProperty("value").GetDouble());
        Assert.Equal(4_026_745, await ValueAsync("/api/corridors?kind=migrants&year=2021&origin=OTHER_SOUTH&destination=USA"));
        Assert.Equal(51_551_004, await ValueAsync("/api/corridors?kind=migrants&year=2021&origin=WLD&destination=USA"));
        Assert.Equal(89_375.15e6, await ValueAsync("/api/corridors?kind=remittances&year=2021&origin=WLD&destination=IND"), 0.01e6);
    }

    [SharedDataFact("undesa-ims-origin-destination")]
    public async Task The_UN_DESA_origin_destination_table_gives_corridors_matched_by_name()
    {
        app.Imports["migrants_by_origin_and_destination_total.csv"].ShouldSucceed();

        Assert.Equal(271_642_105, await ValueAsync("/api/corridors?kind=migrants&year=2019&origin=WLD&destination=WLD"));
        Assert.Equal(153_011_473, await ValueAsync("/api/corridors?kind=migrants&year=1990&origin=WLD&destination=WLD"));
        Assert.Equal(50_661_149, await ValueAsync("/api/corridors?kind=migrants&year=2019&origin=WLD&destination=USA"));
        Assert.Equal(7_950_425, await ValueAsync("/api/corridors?kind=migrants&year=2019&origin=OTHER_SOUTH&destination=WLD"));
        var fromCountries = (await GetAsync("/api/corridors?kind=migrants&year=2019&destination=WLD&pageSize=500")).Items().Sum(i => i.GetProperty("value").GetDouble());
        Assert.Equal(260_283_760, fromCountries);
    }

    [SharedDataFact("knomad-remittance-flows")]
    public async Task The_KNOMAD_flows_give_inflows_and_outflows()
    {
        app.Imports["remittance-inflows.xlsx"].ShouldSucceed();
        app.Imports["remittance-outflows.xlsx"].ShouldSucceed();

        Assert.Equal(831_103.0e6, await ValueAsync("/api/indicators/KNOMAD.REM.IN?state=WLD&from=2022&to=2022"), 0.1e6);
        Assert.Equal(647_193.2e6, await ValueAsync("/api/indicators/KNOMAD.REM.IN?state=LMY&from=2022&to=2022"), 0.1e6);
        Assert.Equal(61_099.6e6, await ValueAsync("/api/indicators/KNOMAD.REM.IN?state=MEX&from=2022&to=2022"), 0.1e6);
        Assert.Equal(79_153e6, await ValueAsync("/api/indicators/KNOMAD.REM.OUT?state=USA&from=2022&to=2022"), 0.1e6);
        Assert.Equal(40_735.2e6, await ValueAsync("/api/indicators/KNOMAD.REM.OUT?state=SAU&from=2021&to=2021"), 0.1e6);
    }

    [SharedDataFact("knomad-remittance-flows")]
    public async Task A_State_profile_shows_remittances_received_and_sent_from_the_series_it_prefers()
    {
        var sent = (await GetAsync("/api/states/USA/migration")).GetProperty("remittancesSent");
        Assert.Equal("KNOMAD.REM.OUT", sent.GetProperty("measure").GetString());
        Assert.Equal(79_153e6, sent.GetProperty("points").EnumerateArray().Single(p => p.GetProperty("year").GetInt32() == 2022).GetProperty("value").GetDouble(), 0.1e6);

        // Received: the WDI series where it has the State, else KNOMAD's; the profile shows the whole series as the API gives it.
        var received = (await GetAsync("/api/states/MEX/migration")).GetProperty("remittancesReceived");
        var preferred = app.Imports.ContainsKey("API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv") ? "BX.TRF.PWKR.CD.DT" : "KNOMAD.REM.IN";
        Assert.Equal(preferred, received.GetProperty("measure").GetString());
        var series = (await GetAsync($"/api/indicators/{preferred}?state=MEX&pageSize=500")).Items().Select(i => (i.GetProperty("year").GetInt32(), i.GetProperty("value").GetDouble()));
        Assert.Equal(series, received.GetProperty("points").EnumerateArray().Select(p => (p.GetProperty("year").GetInt32(), p.GetProperty("value").GetDouble())));
    }

    [SharedDataFact("wb-remittances-received")]
    public async Task The_WDI_download_gives_personal_remittances_received()
    {
        app.Imports["API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv"].ShouldSucceed();

        Assert.Equal(740_973_638_779, await ValueAsync("/api/indicators/BX.TRF.PWKR.CD.DT?state=WLD&from=2021&to=2021"), 1.0);
        Assert.Equal(111_221_774_722, await ValueAsync("/api/indicators/BX.TRF.PWKR.CD.DT?state=IND&from=2022&to=2022"), 1.0);
        Assert.Equal(40_279_405_932, await ValueAsync("/api/indicators/BX.TRF.PWKR.CD.DT?state=PHL&from=2024&to=2024"), 1.0);
        var economies = (await GetAsync("/api/indicators/BX.TRF.PWKR.CD.DT?from=2021&to=2021&pageSize=500")).Items().Sum(i => i.GetProperty("value").GetDouble());
        Assert.Equal(740_973_638_779.40, economies, 1.0);
    }

    [SharedDataFact("wb-wdi-databank-2021")]
    public async Task The_WDI_DataBank_export_gives_net_migration_and_refugees()
    {
        app.Imports["wdi_databank_2021_part2.xlsx"].ShouldSucceed();

        Assert.Equal(-301_970, await ValueAsync("/api/indicators/SM.POP.NETM?state=IND"));
        Assert.Equal(561_580, await ValueAsync("/api/indicators/SM.POP.NETM?state=USA"));
        Assert.Equal(27_120_192, await ValueAsync("/api/indicators/SM.POP.REFG?state=WLD"));
        Assert.Equal(426, await ValueAsync("/api/indicators/SM.POP.REFG.OR?state=USA"));
    }

    [SharedDataFact("undesa-ims-destination", "knomad-bilateral-matrices", "knomad-remittance-flows", "wb-remittances-received")]
    public async Task The_pages_show_the_world_and_a_State_with_sources_charts_tables_and_downloads()
    {
        var client = app.CreateClient();
        var data = await client.GetPageAsync("/data?indicator=share");
        var morocco = await client.GetPageAsync("/states/MAR/migration");

        Assert.Contains("280,598,105", data.QuerySelector("dl.figures")!.TextContent);
        Assert.Contains("Rev.2020", data.QuerySelector("p.source")!.TextContent);
        Assert.True(data.QuerySelectorAll("figure.map path[class^='shade-']").Length > 150);
        var chart = morocco.QuerySelector("svg.chart[role='img']")!;
        Assert.NotNull(chart.QuerySelector("title"));
        Assert.NotNull(chart.QuerySelector("desc"));
        Assert.Contains(morocco.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/api/migrant-stock.csv?destination=MAR");
        Assert.Contains(morocco.QuerySelectorAll("table.data caption"), c => c.TextContent.Contains("Morocco", StringComparison.Ordinal));
        Assert.Contains("Rev.2020", morocco.QuerySelector("p.source")!.TextContent);
        // Every other section of the profile, each with the publication its figures come from.
        foreach (var (section, source) in new[]
        {
            ("refugees", "Rev.2020"), ("top-Origins", "Source: "), ("top-Destinations", "Source: "),
            ("remittances-Received", "World Development Indicators"), ("remittances-Sent", "KNOMAD"),
        })
        {
            var part = morocco.QuerySelector($"section[aria-labelledby='{section}']");
            Assert.True(part is not null, $"Morocco's profile has no {section} section.");
            Assert.Contains(source, part.TextContent);
        }
        Assert.Equal(10, data.QuerySelectorAll("section[aria-labelledby='corridors-migrants'] tbody tr").Length);
        Assert.Equal(10, data.QuerySelectorAll("section[aria-labelledby='corridors-remittances'] tbody tr").Length);
        // The map follows the indicator chosen: remittances are shaded in US dollars from another publication.
        var remittances = await client.GetPageAsync("/data?indicator=remittances");
        var shareSource = data.QuerySelector("figure.map p.source")!.TextContent;
        var remittancesSource = remittances.QuerySelector("figure.map p.source")!.TextContent;
        Assert.NotEqual(shareSource, remittancesSource);
        Assert.Contains("World Development Indicators", remittancesSource);
        Assert.True(remittances.QuerySelectorAll("figure.map path[class^='shade-']").Length > 150);
    }
}
