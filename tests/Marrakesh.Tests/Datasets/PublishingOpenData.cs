using System.IO.Compression;
using System.Net;
using System.Text;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Datasets;

/// <summary>What statistical offices and reusers expect of the open data: deltas, code lists, ranges, pages, licences, bulk files.</summary>
public sealed class PublishingOpenData(PublishingOpenData.AppWithRowCap app) : IClassFixture<PublishingOpenData.AppWithRowCap>, IAsyncLifetime
{
    public sealed class AppWithRowCap : MarrakeshApp
    {
        public const int Cap = 30;

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["MARRAKESH_ROW_CAP"] = "30" };
    }

    private static readonly int[] Years = [1990, 2000, 2010, 2020];
    private DateTimeOffset beforeImport;

    public async Task InitializeAsync()
    {
        beforeImport = app.Clock.GetUtcNow();
        if (await app.Database.CountAsync("datasets_imports") == 0)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(1));
            (await app.ImportAsync(PublishedLayouts.MigrantStock(Years), "ims.xlsx", "migrant-stock")).ShouldSucceed();
            (await app.ImportAsync(PublishedLayouts.RemittanceMatrix(), "brm.xlsx", "bilateral", "--kind", "remittances", "--year", "2021")).ShouldSucceed();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task UpdatedAfter_lists_only_what_changed_and_a_replaced_revision_shows_as_replaced()
    {
        var client = app.CreateClient();
        var since = Uri.EscapeDataString(app.Clock.GetUtcNow().AddSeconds(1).ToString("O"));
        var early = Uri.EscapeDataString(beforeImport.AddDays(-1).ToString("O"));

        var all = await (await client.GetAsync($"/api/migrant-stock?destination=MAR&sex=both&updatedAfter={early}")).ShouldBeJsonAsync();
        var none = await (await client.GetAsync($"/api/migrant-stock?destination=MAR&sex=both&updatedAfter={since}")).ShouldBeJsonAsync();
        var noDatasets = await (await client.GetAsync($"/api/datasets?updatedAfter={since}")).ShouldBeJsonAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        (await app.ImportAsync(PublishedLayouts.MigrantStock([.. Years, 2024], "POP/DB/MIG/Stock/Rev.2024"), "ims-2024.xlsx", "migrant-stock")).ShouldSucceed();
        var changed = (await (await client.GetAsync($"/api/datasets?updatedAfter={since}")).ShouldBeJsonAsync()).Items().ToList();
        var newFigures = await (await client.GetAsync($"/api/migrant-stock?destination=MAR&sex=both&updatedAfter={since}")).ShouldBeJsonAsync();

        Assert.Equal(Years.Length, all.GetProperty("total").GetInt32());
        Assert.Equal(0, none.GetProperty("total").GetInt32());
        Assert.Empty(none.GetProperty("items").EnumerateArray());
        Assert.Empty(noDatasets.Items());
        Assert.Equal(["Rev.2024", "Rev.2020"], changed.Select(d => d.GetProperty("revision").GetString()));
        Assert.Equal(["current", "replaced"], changed.Select(d => d.GetProperty("status").GetString()));
        Assert.Equal("Rev.2024", changed[1].GetProperty("replacedBy").GetString());
        Assert.Equal(Years.Length + 1, newFigures.GetProperty("total").GetInt32());
        await (await client.GetAsync("/api/migrant-stock?updatedAfter=yesterday")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "updatedAfter");
        await (await client.GetAsync("/api/datasets?updatedAfter=2026-13-45")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "updatedAfter");
    }

    [Fact]
    public async Task Several_codes_and_year_ranges_go_in_one_query_and_an_unknown_code_is_named()
    {
        var client = app.CreateClient();

        var two = (await (await client.GetAsync("/api/migrant-stock?destination=MAR,FRA&year=2010&sex=both&revision=Rev.2020")).ShouldBeJsonAsync()).Items()
            .Select(i => i.GetProperty("destination").GetString()).ToList();
        var range = (await (await client.GetAsync("/api/migrant-stock?destination=MAR&from=2000&to=2010&sex=both&revision=Rev.2020")).ShouldBeJsonAsync()).Items()
            .Select(i => i.GetProperty("year").GetInt32()).ToList();
        var corridors = (await (await client.GetAsync("/api/corridors?kind=remittances&destination=MEX,IND&from=2021&to=2021")).ShouldBeJsonAsync()).Items()
            .Select(i => i.GetProperty("destination").GetString()).Distinct().Order().ToList();
        var unknown = await (await client.GetAsync("/api/migrant-stock?destination=MAR,XQZ")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "destination");

        Assert.Equal(["FRA", "MAR"], two);
        Assert.Equal([2000, 2010], range);
        Assert.Equal(["IND", "MEX"], corridors);
        Assert.Contains("XQZ", unknown.GetProperty("errors").GetProperty("destination")[0].GetString());
        Assert.DoesNotContain("MAR", unknown.GetProperty("errors").GetProperty("destination")[0].GetString());
        await (await client.GetAsync("/api/corridors?kind=remittances&origin=USA,ZZZ")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "origin");
        await (await client.GetAsync("/api/migrant-stock?from=2010&to=2000")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "from");
    }

    [Fact]
    public async Task Pages_have_a_count_and_links_and_a_page_past_the_end_is_empty_with_links()
    {
        var client = app.CreateClient();

        var first = await client.GetAsync("/api/migrant-stock?sex=both&revision=Rev.2020&pageSize=3");
        var body = await first.ShouldBeJsonAsync();
        var total = body.GetProperty("total").GetInt32();
        var pages = (total + 2) / 3;
        var past = await (await client.GetAsync("/api/migrant-stock?sex=both&revision=Rev.2020&pageSize=3&page=99")).ShouldBeJsonAsync();
        var states = await (await client.GetAsync("/api/states?pageSize=5&page=2")).ShouldBeJsonAsync();
        var objectives = await (await client.GetAsync("/api/objectives?pageSize=10&page=3")).ShouldBeJsonAsync();

        Assert.Equal(pages, body.GetProperty("pages").GetInt32());
        Assert.Equal("/api/migrant-stock?sex=both&revision=Rev.2020&pageSize=3&page=2", body.GetProperty("next").GetString());
        Assert.False(body.TryGetProperty("prev", out _));
        var link = string.Join(", ", first.Headers.GetValues("Link"));
        Assert.Contains("</api/migrant-stock?sex=both&revision=Rev.2020&pageSize=3&page=2>; rel=\"next\"", link);
        Assert.Contains($"page={pages}>; rel=\"last\"", link);
        Assert.Empty(past.GetProperty("items").EnumerateArray());
        Assert.Equal(total, past.GetProperty("total").GetInt32());
        Assert.EndsWith($"page={pages}", past.GetProperty("prev").GetString());
        Assert.False(past.TryGetProperty("next", out _));
        Assert.Equal(5, states.GetProperty("items").GetArrayLength());
        Assert.Equal(2, states.GetProperty("page").GetInt32());
        Assert.Equal(["21", "22", "23"], objectives.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("number").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(3, objectives.GetProperty("pages").GetInt32());
        await (await client.GetAsync("/api/objectives?pageSize=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "pageSize");
    }

    [Fact]
    public async Task Every_answer_of_figures_names_its_source_revision_and_licence()
    {
        var client = app.CreateClient();

        var licences = (await (await client.GetAsync("/api/licences")).ShouldBeJsonAsync()).Items().ToList();
        var stock = await client.GetAsync("/api/migrant-stock?destination=MAR&revision=Rev.2020");
        var stockSource = (await stock.ShouldBeJsonAsync()).GetProperty("sources")[0];
        var remittances = (await (await client.GetAsync("/api/corridors?kind=remittances")).ShouldBeJsonAsync()).GetProperty("sources")[0];
        var csv = await client.GetAsync("/api/corridors.csv?kind=remittances");
        var datasets = (await (await client.GetAsync("/api/datasets")).ShouldBeJsonAsync()).Items().ToList();

        Assert.Equal(["CC-BY-3.0-IGO", "CC-BY-4.0"], licences.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal("https://creativecommons.org/licenses/by/3.0/igo/", licences[0].GetProperty("url").GetString());
        Assert.Equal("CC-BY-3.0-IGO", stockSource.GetProperty("licence").GetString());
        Assert.Equal("Rev.2020", stockSource.GetProperty("revision").GetString());
        Assert.Contains("UN DESA", stockSource.GetProperty("title").GetString());
        Assert.Contains("<https://creativecommons.org/licenses/by/3.0/igo/>; rel=\"license\"", string.Join(", ", stock.Headers.GetValues("Link")));
        Assert.Equal("CC-BY-4.0", remittances.GetProperty("licence").GetString());
        Assert.Contains("<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\"", string.Join(", ", csv.Headers.GetValues("Link")));
        Assert.All(datasets, d => Assert.Contains(d.GetProperty("licence").GetString(), new[] { "CC-BY-3.0-IGO", "CC-BY-4.0" }));
    }

    [Fact]
    public async Task Each_dataset_downloads_whole_as_gzip_compressed_CSV()
    {
        var client = app.CreateClient();
        var stock = (await (await client.GetAsync("/api/datasets")).ShouldBeJsonAsync()).Items()
            .First(d => d.GetProperty("holds").GetString() == "migrant-stock" && d.GetProperty("revision").GetString() == "Rev.2020");

        var bulk = await client.GetAsync(stock.GetProperty("bulk").GetString());
        await using var gzip = new GZipStream(await bulk.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var lines = (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, bulk.StatusCode);
        Assert.Equal("application/gzip", bulk.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".csv.gz", bulk.Content.Headers.ContentDisposition?.FileNameStar ?? bulk.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("destination,name,is_aggregate,year,sex,measure,revision,value", lines[0].TrimEnd('\r'));
        Assert.Equal(stock.GetProperty("rows").GetInt32(), lines.Length - 1);
        await (await client.GetAsync($"/api/datasets/{Guid.NewGuid()}/bulk.csv.gz")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_download_over_the_row_cap_is_refused_with_the_bulk_file_rather_than_cut_short()
    {
        var client = app.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/migrant-stock?revision=Rev.2020");
        request.Headers.Add("Accept", "text/csv");

        var refused = await (await client.GetAsync("/api/migrant-stock.csv?revision=Rev.2020")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var negotiated = await (await client.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var narrow = await client.GetAsync("/api/migrant-stock.csv?revision=Rev.2020&destination=MAR&sex=both");

        Assert.Equal("rows", refused.GetProperty("limit").GetString());
        Assert.Equal(AppWithRowCap.Cap, refused.GetProperty("maximum").GetInt32());
        Assert.Matches("^/api/datasets/[0-9a-f-]{36}/bulk.csv.gz$", refused.GetProperty("download").GetString());
        Assert.Equal(refused.GetProperty("download").GetString(), negotiated.GetProperty("download").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(refused.GetProperty("download").GetString())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, narrow.StatusCode);
        Assert.Equal(Years.Length + 1, (await narrow.Content.ReadAsStringAsync()).Trim().Split('\n').Length);
    }
}
