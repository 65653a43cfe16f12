using System.Net;
using Marrakesh.Tests.Datasets;
using Marrakesh.Tests.Fund;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Operations;

/// <summary>
/// What Prometheus scrapes at /metrics: the platform's own instruments, which move when the server posts to the
/// ledger, imports a file, answers from a cache or searches (the framework's are checked in <see cref="RunningTheServer"/>).
/// The meter is shared by every app in the test process, so each check compares the figure before and after its own action.
/// </summary>
public sealed class ExposingMetrics(KestrelApp app) : IClassFixture<KestrelApp>
{
    private HttpClient Scraper() => new() { BaseAddress = app.BaseAddress };

    private async Task<string> ScrapeAsync()
    {
        var response = await Scraper().GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Cache_hits_and_misses_are_counted_per_cache()
    {
        var before = await ScrapeAsync();
        var client = Scraper();
        var query = $"/api/states?region=Africa&n={Guid.NewGuid():N}";
        (await client.GetAsync(query)).EnsureSuccessStatusCode(); // a new query: a miss
        (await client.GetAsync(query)).EnsureSuccessStatusCode(); // the same again: a hit

        var after = await ScrapeAsync();

        foreach (var result in new[] { "miss", "hit" })
        {
            var labels = new[] { "cache=\"api-states\"", $"result=\"{result}\"" };
            Assert.True(Scrapes.Sum(after, "marrakesh_cache_lookups_total", labels) >= Scrapes.Sum(before, "marrakesh_cache_lookups_total", labels) + 1, after);
        }
    }

    [Fact]
    public async Task A_ledger_posting_is_counted_by_kind()
    {
        var before = Scrapes.Sum(await ScrapeAsync(), "marrakesh_fund_ledger_postings_total", "kind=\"deposit\"");
        var desk = await FundDesk.OpenAsync(app);

        await desk.DepositAsync(1_000m);

        Assert.True(Scrapes.Sum(await ScrapeAsync(), "marrakesh_fund_ledger_postings_total", "kind=\"deposit\"") >= before + 1);
    }

    [Fact]
    public async Task An_upload_is_counted_with_its_outcome_and_timed()
    {
        var scrape = await ScrapeAsync();
        var stored = Scrapes.Sum(scrape, "marrakesh_datasets_imports_total", "kind=\"wdi\"", "outcome=\"stored\"");
        var timed = Scrapes.Sum(scrape, "marrakesh_datasets_import_duration_seconds_count", "kind=\"wdi\"");
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent(PublishedLayouts.WdiCsv()), "file", "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2.csv" }, { new StringContent("wdi"), "kind" },
        };

        (await secretariat.PostAsync("/api/datasets", upload)).EnsureSuccessStatusCode();

        scrape = await ScrapeAsync();
        Assert.True(Scrapes.Sum(scrape, "marrakesh_datasets_imports_total", "kind=\"wdi\"", "outcome=\"stored\"") >= stored + 1, scrape);
        Assert.True(Scrapes.Sum(scrape, "marrakesh_datasets_import_duration_seconds_count", "kind=\"wdi\"") >= timed + 1, scrape);
    }

    [Fact]
    public async Task A_search_is_timed()
    {
        var before = Scrapes.Sum(await ScrapeAsync(), "marrakesh_search_duration_seconds_count");

        (await Scraper().GetAsync($"/api/search?q=recruitment&n={Guid.NewGuid():N}")).EnsureSuccessStatusCode();

        Assert.True(Scrapes.Sum(await ScrapeAsync(), "marrakesh_search_duration_seconds_count") >= before + 1);
    }

    [Fact]
    public async Task A_request_relayed_by_a_proxy_gets_nothing()
    {
        var relayed = app.ClientFrom("203.0.113.9");

        var response = await relayed.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("marrakesh_", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_scrape_endpoint_is_not_part_of_the_API_document()
    {
        var document = await (await Scraper().GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync();

        Assert.Contains("\"/api/objectives\"", document);
        Assert.DoesNotContain("\"/metrics\"", document);
        Assert.DoesNotContain("\"/health", document);
    }
}
