using System.Net;
using System.Text.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Datasets;

/// <summary>UN DESA migrant-stock workbooks in the layouts revisions use, imported all or nothing.</summary>
public sealed class ImportingMigrantStock(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private static readonly int[] Years2020 = [1990, 1995, 2000, 2005, 2010, 2015, 2020];

    private async Task<JsonElement> StockAsync(string query) =>
        await (await app.CreateClient().GetAsync($"/api/migrant-stock?{query}")).ShouldBeJsonAsync();

    [Fact]
    public async Task A_workbook_imports_with_every_year_and_sex_and_keeps_aggregates_apart()
    {
        var result = await app.ImportAsync(PublishedLayouts.MigrantStock(Years2020, "POP/DB/MIG/Stock/Rev.2030"), "ims-2030.xlsx", "migrant-stock");
        result.ShouldSucceed();
        Assert.Contains("Rev.2030", result.Output);

        var world = (await StockAsync("destination=WLD&year=2020&revision=Rev.2030")).Items().ToList();
        Assert.Equal(3, world.Count);
        Assert.Equal(PublishedLayouts.Stock(900, 2020, "both"), world.Single(i => i.GetProperty("sex").GetString() == "both").GetProperty("value").GetDouble());
        Assert.All(world, i => Assert.Equal("Rev.2030", i.GetProperty("revision").GetString()));

        var states = (await StockAsync("year=2020&sex=both&revision=Rev.2030")).Items().ToList();
        Assert.Equal(["CHI", "FRA", "MAR"], states.Select(i => i.GetProperty("destination").GetString()!).Order());
        var aggregates = (await StockAsync("year=2020&sex=both&revision=Rev.2030&aggregates=true")).Items().ToList();
        Assert.Equal(["UN947", "WLD"], aggregates.Select(i => i.GetProperty("destination").GetString()!).Order());

        var share = (await StockAsync("destination=MAR&measure=share&year=2020&sex=male&revision=Rev.2030")).Items().Single();
        Assert.Equal(PublishedLayouts.Share(504, 2020, "male"), share.GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task Another_layout_with_moved_header_columns_and_fewer_years_gives_the_same_figures_side_by_side()
    {
        (await app.ImportAsync(PublishedLayouts.MigrantStock(Years2020, "POP/DB/MIG/Stock/Rev.2031"), "a.xlsx", "migrant-stock")).ShouldSucceed();
        var imported = await app.ImportAsync(PublishedLayouts.MigrantStock([2000, 2010, 2019], "POP/DB/MIG/Stock/Rev.2019", headerRow: 15,
            sexOrder: ["female", "both", "male"], codeFirst: true), "b.xlsx", "migrant-stock");
        imported.ShouldSucceed();

        var older = (await StockAsync("destination=MAR&revision=Rev.2019")).Items().ToList();
        Assert.Equal(9, older.Count);
        foreach (var item in older)
        {
            var expected = PublishedLayouts.Stock(504, item.GetProperty("year").GetInt32(), item.GetProperty("sex").GetString()!);
            Assert.Equal(expected, item.GetProperty("value").GetDouble());
        }
        Assert.Equal(21, (await StockAsync("destination=MAR&revision=Rev.2031")).Items().Count());
        var datasets = (await (await app.CreateClient().GetAsync("/api/datasets")).ShouldBeJsonAsync()).Items()
            .Where(d => d.GetProperty("source").GetString() == "undesa-ims-destination").Select(d => d.GetProperty("revision").GetString()).ToList();
        Assert.Contains("Rev.2019", datasets);
        Assert.Contains("Rev.2031", datasets);
        // The record of the import says how many figures the CLI reported and when (the app's clock) it was made.
        var record = (await (await app.CreateClient().GetAsync("/api/datasets")).ShouldBeJsonAsync()).Items().Single(d => d.GetProperty("revision").GetString() == "Rev.2019");
        var reported = int.Parse(System.Text.RegularExpressions.Regex.Match(imported.Output, @": (\d+) figures").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(reported, record.GetProperty("rows").GetInt32());
        Assert.True(reported >= older.Count);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, DateTime.SpecifyKind(record.GetProperty("importedAt").GetDateTime(), DateTimeKind.Utc), TimeSpan.FromSeconds(1));
        Assert.Equal("b.xlsx", record.GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task Re_importing_a_revision_replaces_it_cleanly()
    {
        (await app.ImportAsync(PublishedLayouts.MigrantStock(Years2020, "POP/DB/MIG/Stock/Rev.2032"), "c.xlsx", "migrant-stock")).ShouldSucceed();
        var before = await app.FiguresAsync();

        var again = await app.ImportAsync(PublishedLayouts.MigrantStock(Years2020, "POP/DB/MIG/Stock/Rev.2032", offset: 1), "c2.xlsx", "migrant-stock");

        again.ShouldSucceed();
        Assert.StartsWith("Replaced", again.Output);
        Assert.Equal(before, await app.FiguresAsync());
        var france = (await StockAsync("destination=FRA&year=2020&sex=both&revision=Rev.2032")).Items().Single();
        Assert.Equal(PublishedLayouts.Stock(250, 2020, "both") + 1, france.GetProperty("value").GetDouble());
        Assert.Single((await (await app.CreateClient().GetAsync("/api/datasets")).ShouldBeJsonAsync()).Items(), d => d.GetProperty("revision").GetString() == "Rev.2032");
    }

    [Fact]
    public async Task Text_in_a_number_cell_and_an_unknown_code_are_named_by_sheet_row_and_column_and_nothing_is_stored()
    {
        var before = await app.FiguresAsync();
        var file = PublishedLayouts.MigrantStock(Years2020, "POP/DB/MIG/Stock/Rev.2033", tamper: rows =>
        {
            rows[13][6] = "12 345"; // Morocco's 1995 figure (row 14, column G)
            rows[14][3] = 101; // France's code becomes 101, which no country or area has (row 15, column D)
        });

        var result = await app.ImportAsync(file, "bad.xlsx", "migrant-stock");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Table 1!G14: Expected a number", result.Error);
        Assert.Contains("Table 1!D15: Unknown location code 101", result.Error);
        Assert.Contains("nothing was stored", result.Error);
        Assert.Equal(before, await app.FiguresAsync());
    }

    [Fact]
    public async Task A_truncated_file_or_a_workbook_of_another_kind_is_refused_clearly()
    {
        var before = await app.FiguresAsync();
        var whole = PublishedLayouts.MigrantStock(Years2020);

        var truncated = await app.ImportAsync(whole[..(whole.Length / 2)], "cut.xlsx", "migrant-stock");
        var wrong = await app.ImportAsync(PublishedLayouts.RemittanceMatrix(), "matrix.xlsx", "migrant-stock");
        var shifted = await app.ImportAsync(PublishedLayouts.MigrantStock(Years2020, tamper: rows => rows[7] = []), "nobands.xlsx", "migrant-stock");

        Assert.Equal(1, truncated.ExitCode);
        Assert.Contains("not a readable Excel workbook", truncated.Error);
        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("No table of the international migrant stock was recognised", wrong.Error);
        Assert.Equal(1, shifted.ExitCode);
        Assert.Contains("Table 1!M11", shifted.Error); // the second 1990 column, with no label saying which sex
        Assert.Equal(before, await app.FiguresAsync());
    }

    [Fact]
    public async Task The_secretariat_uploads_a_workbook_and_others_may_not()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var (stakeholder, _) = await app.ClientAsAsync("stakeholder", organisation: "Example NGO");

        var created = await secretariat.PostAsync("/api/datasets", Upload(PublishedLayouts.MigrantStock(Years2020, "POP/DB/MIG/Stock/Rev.2034"), "migrant-stock"));
        var refused = await stakeholder.PostAsync("/api/datasets", Upload(PublishedLayouts.MigrantStock(Years2020, "POP/DB/MIG/Stock/Rev.2035"), "migrant-stock"));

        var body = await created.ShouldBeJsonAsync(HttpStatusCode.Created);
        var dataset = body.GetProperty("dataset");
        Assert.Equal("Rev.2034", dataset.GetProperty("revision").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        // The import row is in the audit trail, attributed to the uploader; the figures are attributed by it.
        var audit = (await (await secretariat.GetAsync($"/api/audit?entity=DatasetImport&entityId={dataset.GetProperty("id").GetString()}")).ShouldBeJsonAsync()).Items().Single();
        Assert.Equal("created", audit.GetProperty("action").GetString());
        Assert.Equal("api", audit.GetProperty("channel").GetString());
        var figures = (await (await secretariat.GetAsync("/api/audit?entity=MigrantStockSeries")).ShouldBeJsonAsync()).GetProperty("items");
        Assert.Equal(0, figures.GetArrayLength());
    }

    [Fact]
    public async Task A_bad_upload_answers_problem_json_with_each_place_and_an_oversized_one_413()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var before = await app.FiguresAsync();
        var bad = PublishedLayouts.MigrantStock(Years2020, "POP/DB/MIG/Stock/Rev.2036", tamper: rows => rows[11][5] = "n/k");

        var problem = await (await secretariat.PostAsync("/api/datasets", Upload(bad, "migrant-stock"))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var huge = await secretariat.PostAsync("/api/datasets", Upload(new byte[51 * 1024 * 1024], "migrant-stock"));

        var first = problem.GetProperty("problems")[0];
        Assert.Equal("Table 1", first.GetProperty("sheet").GetString());
        Assert.Equal(12, first.GetProperty("row").GetInt32());
        Assert.Equal("F", first.GetProperty("column").GetString());
        await huge.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(before, await app.FiguresAsync());
    }

    [Fact]
    public async Task An_upload_with_a_bad_kind_and_a_bad_year_gets_one_answer_naming_both()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var before = await app.FiguresAsync();
        using var upload = Upload(PublishedLayouts.MigrantStock(Years2020, "POP/DB/MIG/Stock/Rev.2040"), "census");
        upload.Add(new StringContent("1800"), "year");

        var problem = await (await secretariat.PostAsync("/api/datasets", upload)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors").EnumerateObject().ToDictionary(e => e.Name, e => e.Value[0].GetString()!);
        Assert.Equal(["kind", "year"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("'census'", errors["kind"]);
        Assert.Contains("migrant-stock", errors["kind"]);
        Assert.Contains("(1800 given)", errors["year"]);
        Assert.Contains("2 fields", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await app.FiguresAsync());
    }

    [Fact]
    public async Task Filters_are_checked_and_lists_come_in_pages()
    {
        (await app.ImportAsync(PublishedLayouts.MigrantStock(Years2020, "POP/DB/MIG/Stock/Rev.2037"), "p.xlsx", "migrant-stock")).ShouldSucceed();
        var client = app.CreateClient();

        var page = await (await client.GetAsync("/api/migrant-stock?revision=Rev.2037&pageSize=5&page=2")).ShouldBeJsonAsync();
        await (await client.GetAsync("/api/migrant-stock?sex=other")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "sex");
        await (await client.GetAsync("/api/migrant-stock?year=twenty")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "year");
        await (await client.GetAsync("/api/migrant-stock?revision=Rev.1900")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "revision");

        Assert.Equal(63, page.GetProperty("total").GetInt32()); // 3 countries × 7 years × 3 sexes
        Assert.Equal(5, page.GetProperty("items").GetArrayLength());
        Assert.Equal(2, page.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task The_same_query_downloads_as_CSV_and_as_SDMX_CSV()
    {
        (await app.ImportAsync(PublishedLayouts.MigrantStock(Years2020, "POP/DB/MIG/Stock/Rev.2038"), "csv.xlsx", "migrant-stock")).ShouldSucceed();
        var client = app.CreateClient();

        var csv = await client.GetAsync("/api/migrant-stock.csv?destination=MAR&year=2020&revision=Rev.2038");
        var sdmx = await client.GetAsync("/api/migrant-stock.sdmx.csv?destination=MAR&year=2020&revision=Rev.2038");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("destination,name,is_aggregate,year,sex,measure,revision,value", lines[0]);
        Assert.Equal(4, lines.Count);
        Assert.Contains($"MAR,Morocco,false,2020,both,stock,Rev.2038,{PublishedLayouts.Stock(504, 2020, "both")}", lines);
        Assert.Equal("application/vnd.sdmx.data+csv", sdmx.Content.Headers.ContentType?.MediaType);
        var sdmxLines = (await sdmx.Content.ReadAsStringAsync()).Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.StartsWith("DATAFLOW,FREQ,REF_AREA,SEX,MEASURE,TIME_PERIOD,OBS_VALUE", sdmxLines[0]);
        Assert.Contains(sdmxLines, l => l.StartsWith($"MARRAKESH:DF_MIGRANT_STOCK(1.0),A,MAR,F,STOCK,2020,{PublishedLayouts.Stock(504, 2020, "female")},", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_pages_draw_accessible_charts_with_their_table_source_and_download()
    {
        (await app.ImportAsync(PublishedLayouts.MigrantStock(Years2020, "POP/DB/MIG/Stock/Rev.2039"), "pages.xlsx", "migrant-stock")).ShouldSucceed();
        var client = app.CreateClient();

        var morocco = await client.GetPageAsync("/states/MAR/migration");
        var data = await client.GetPageAsync("/data?indicator=share");
        var profile = await client.GetPageAsync("/states/MAR");

        var chart = morocco.QuerySelector("svg.chart[role='img']")!;
        var labels = chart.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.All(labels, id => Assert.NotNull(morocco.GetElementById(id)));
        Assert.Equal(3, morocco.QuerySelectorAll("section[aria-labelledby='stock'] table.data thead th.num").Length); // both, men, women
        Assert.Equal(7, morocco.QuerySelectorAll("section[aria-labelledby='stock'] table.data tbody tr").Length);
        Assert.Contains(morocco.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/api/migrant-stock.csv?destination=MAR");
        Assert.Contains("Source: UN DESA, International Migrant Stock 2020", morocco.QuerySelector("section[aria-labelledby='stock'] p.source")!.TextContent);
        Assert.NotNull(data.QuerySelector("figure.map svg[role='img'] title"));
        Assert.Contains(data.QuerySelectorAll("select[name='indicator'] option"), o => o.HasAttribute("selected") && o.GetAttribute("value") == "share");
        Assert.Contains(profile.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/states/MAR/migration");
        Assert.Contains(data.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/data");
    }

    private static MultipartFormDataContent Upload(byte[] file, string kind) => new()
    {
        { new ByteArrayContent(file), "file", "upload.xlsx" },
        { new StringContent(kind), "kind" },
    };
}
