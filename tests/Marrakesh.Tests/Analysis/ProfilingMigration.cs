using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marrakesh.Tests.Datasets;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Analysis;

/// <summary>The small destination workbook and origin × destination CSV, imported once.</summary>
public sealed class ProfilesApp : MarrakeshApp
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        (await this.ImportAsync(ProfileFiles.DestinationWorkbook(), "ims-2020.xlsx", "migrant-stock")).ShouldSucceed();
        (await this.ImportAsync(ProfileFiles.OriginDestinationCsv(), "od-2019.csv", "bilateral", "--kind", "migrants")).ShouldSucceed();
    }
}

/// <summary>Migration profiles computed from the imports: shares, labels by thresholds the caller can change, traces to the cells.</summary>
public sealed class ProfilingMigration(ProfilesApp app) : IClassFixture<ProfilesApp>
{
    private async Task<JsonElement> GetAsync(string url) => await (await app.CreateClient().GetAsync(url)).ShouldBeJsonAsync();

    private static JsonElement Of(JsonElement profiles, string iso3) => profiles.Items().Single(i => i.GetProperty("iso3").GetString() == iso3);

    [Fact]
    public async Task Shares_come_from_stock_and_corridors_over_population_and_label_each_State_by_the_default_thresholds()
    {
        var profiles = await GetAsync("/api/analysis/profiles");

        Assert.Equal(2020, profiles.GetProperty("year").GetInt32());
        Assert.Equal(8, profiles.GetProperty("immigrantThreshold").GetDouble());
        Assert.Equal(2019, profiles.GetProperty("emigrantSource").GetProperty("year").GetInt32());
        Assert.Equal("Rev.2020", profiles.GetProperty("stockSource").GetProperty("revision").GetString());
        foreach (var (_, iso3, _, population, immigrants, emigrants) in ProfileFiles.States)
        {
            var p = Of(profiles, iso3);
            Assert.Equal(immigrants, p.GetProperty("immigrants").GetDouble());
            Assert.Equal(emigrants, p.GetProperty("emigrants").GetDouble());
            Assert.Equal(population * 1000, p.GetProperty("population").GetDouble());
            Assert.Equal(ProfileFiles.ImmigrantShare(iso3), p.GetProperty("immigrantShare").GetDouble());
            Assert.Equal(ProfileFiles.EmigrantShare(iso3), p.GetProperty("emigrantShare").GetDouble());
            Assert.Equal(immigrants - emigrants, p.GetProperty("netMigrants").GetDouble());
        }
        Assert.Equal("destination", Of(profiles, "ARE").GetProperty("label").GetString());
        Assert.Equal("destination", Of(profiles, "USA").GetProperty("label").GetString());
        Assert.Equal("destination", Of(profiles, "FRA").GetProperty("label").GetString());
        Assert.Equal("origin", Of(profiles, "MAR").GetProperty("label").GetString());
        Assert.Equal("origin", Of(profiles, "MEX").GetProperty("label").GetString());
        // A State the imports do not cover has no figures and no label, never a guess.
        var germany = Of(profiles, "DEU");
        Assert.Equal(JsonValueKind.Null, germany.GetProperty("immigrantShare").ValueKind);
        Assert.Equal(JsonValueKind.Null, germany.GetProperty("label").ValueKind);
    }

    [Fact]
    public async Task Thresholds_given_in_the_query_change_the_labels()
    {
        var stricter = await GetAsync("/api/analysis/profiles?immigrantThreshold=15&emigrantThreshold=10");

        Assert.Equal("transit/mixed", Of(stricter, "FRA").GetProperty("label").GetString());
        Assert.Equal("transit/mixed", Of(stricter, "MEX").GetProperty("label").GetString());
        Assert.Equal("destination", Of(stricter, "USA").GetProperty("label").GetString());
        Assert.Equal(15, stricter.GetProperty("immigrantThreshold").GetDouble());
        var looser = await GetAsync("/api/analysis/profiles?immigrantThreshold=1&emigrantThreshold=1");
        Assert.Equal("origin", Of(looser, "MEX").GetProperty("label").GetString());
        Assert.Equal("transit/mixed", Of(looser, "ARE").GetProperty("label").GetString());
        Assert.Equal("destination", Of(looser, "USA").GetProperty("label").GetString());
    }

    [Fact]
    public async Task A_threshold_that_is_not_a_percentage_is_refused_naming_it()
    {
        await (await app.CreateClient().GetAsync("/api/analysis/profiles?immigrantThreshold=lots")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "immigrantThreshold");
        await (await app.CreateClient().GetAsync("/api/analysis/profiles?emigrantThreshold=101")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "emigrantThreshold");
        await (await app.CreateClient().GetAsync("/api/analysis/profiles?revision=Rev.1900")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "revision");
    }

    [Fact]
    public async Task Every_figure_names_its_import_and_the_query_that_returns_the_same_cell()
    {
        var profiles = await GetAsync("/api/analysis/profiles");
        var imports = (await GetAsync("/api/datasets")).Items().ToDictionary(i => i.GetProperty("id").GetString()!);
        var morocco = Of(profiles, "MAR").GetProperty("trace");

        foreach (var (figure, expected) in new[] { ("immigrants", 100_000d), ("population", 36_000_000d), ("emigrants", 3_200_000d) })
        {
            var trace = morocco.GetProperty(figure);
            Assert.True(imports.ContainsKey(trace.GetProperty("import").GetString()!), $"{figure} names an import the platform does not list");
            var cell = (await GetAsync(trace.GetProperty("url").GetString()!)).Items().Single();
            Assert.Equal(expected, cell.GetProperty("value").GetDouble());
        }
    }

    [Fact]
    public async Task The_CSV_holds_the_same_rows_as_the_JSON()
    {
        var json = await GetAsync("/api/analysis/profiles?immigrantThreshold=15");
        var csv = await app.CreateClient().GetStringAsync("/api/analysis/profiles.csv?immigrantThreshold=15");
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("iso3,name,year,immigrants,emigrants,population,immigrant_share,emigrant_share", lines[0]);
        Assert.Equal(json.GetProperty("total").GetInt32(), lines.Length - 1);
        Assert.Contains(lines, l => l.StartsWith("FRA,France,2020,8500000,2300000,65000000,", StringComparison.Ordinal) && l.Contains(",transit/mixed,15,8,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_fault_line_puts_shares_beside_the_vote_the_groupings_and_the_1990_Convention()
    {
        var line = await GetAsync("/api/analysis/fault-line");
        var rows = line.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("iso3").GetString()!);

        Assert.Equal("no", rows["USA"].GetProperty("vote").GetString());
        Assert.True(rows["USA"].GetProperty("oecd2018").GetBoolean());
        Assert.False(rows["USA"].GetProperty("icrmwParty").GetBoolean());
        Assert.True(rows["MAR"].GetProperty("africanUnion").GetBoolean());
        Assert.True(rows["MAR"].GetProperty("icrmwParty").GetBoolean());
        Assert.True(rows["MEX"].GetProperty("icrmwParty").GetBoolean());
        Assert.True(rows["FRA"].GetProperty("eu2018").GetBoolean());
        Assert.Equal(ProfileFiles.ImmigrantShare("ARE"), rows["ARE"].GetProperty("immigrantShare").GetDouble());
        var csv = await app.CreateClient().GetStringAsync("/api/analysis/fault-line.csv");
        Assert.Contains("USA,United States,2020,15.3333,0.8788,destination,no,yes,no,no,no", csv);
    }

    [Fact]
    public async Task A_claim_on_the_figures_is_decided_by_them()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var response = await secretariat.PostAsJsonAsync("/api/analysis/claims", new
        {
            id = "origins-2020", text = "Morocco and Mexico are countries of origin.",
            checks = new[] { new { select = new { states = new[] { "MAR", "MEX" } }, quantifier = "all", test = new { profile = new { label = "origin", year = 2020 } } } },
        });
        var claim = await response.ShouldBeJsonAsync(HttpStatusCode.Created);

        Assert.Equal("holds", claim.GetProperty("verdict").GetString());
        Assert.Equal(["MAR", "MEX"], claim.GetProperty("holds").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(claim.GetProperty("sources").EnumerateArray(), s => s.GetString()!.Contains("ims-2020.xlsx", StringComparison.Ordinal));
        var share = await (await secretariat.PostAsJsonAsync("/api/analysis/claims", new
        {
            id = "destinations-share", text = "Most of these five are destinations.",
            checks = new[] { new { select = new { states = new[] { "ARE", "MAR", "FRA", "USA", "MEX" } }, quantifier = "share",
                test = new { figure = new { name = "immigrant-share", op = ">=", value = 8.0 } }, compare = new { op = ">", value = 50.0 } } },
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        Assert.Equal("holds", share.GetProperty("verdict").GetString());
        Assert.Equal(["MAR", "MEX"], share.GetProperty("breaks").EnumerateArray().Select(e => e.GetString()));
    }
}
