using System.Net;
using System.Net.Http.Headers;
using Marrakesh.Tests.Datasets;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Platform.Http;

/// <summary>HEAD, CORS, content negotiation, conditional GET and rate-limit headers, on a real Kestrel server.</summary>
public sealed class SpeakingHttp(KestrelApp app) : IClassFixture<KestrelApp>, IAsyncLifetime
{
    private const string Origin = "https://reuser.example";

    public async Task InitializeAsync()
    {
        if (await app.Database.CountAsync("datasets_imports") == 0)
        {
            (await app.ImportAsync(PublishedLayouts.MigrantStock([1990, 2000, 2010, 2020]), "ims.xlsx", "migrant-stock")).ShouldSucceed();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private HttpClient Client() => new() { BaseAddress = app.BaseAddress };

    [Theory]
    [InlineData("/api/objectives")]
    [InlineData("/api/states?region=Africa&pageSize=3")]
    [InlineData("/api/states/MAR")]
    [InlineData("/api/migrant-stock?destination=MAR&sex=both")]
    [InlineData("/api/migrant-stock.csv?destination=MAR")]
    [InlineData("/api/no-such-route")]
    [InlineData("/objectives")]
    public async Task HEAD_answers_as_GET_does_without_the_body(string url)
    {
        using var client = Client();
        using var get = await client.GetAsync(url);
        var body = await get.Content.ReadAsByteArrayAsync();
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(body.Length, head.Content.Headers.ContentLength);
        foreach (var name in new[] { "ETag", "Last-Modified", "Cache-Control", "Link", "Vary", "Content-Security-Policy" })
        {
            Assert.Equal(Values(get, name), Values(head, name));
        }
    }

    [Fact]
    public async Task Any_origin_may_read_without_credentials_and_preflights_are_answered()
    {
        using var client = Client();
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/migrant-stock");
        preflight.Headers.Add("Origin", Origin);
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "if-none-match");
        using var allowed = await client.SendAsync(preflight);
        var read = new HttpRequestMessage(HttpMethod.Get, "/api/states/MAR");
        read.Headers.Add("Origin", Origin);
        using var answer = await client.SendAsync(read);

        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal("*", Values(allowed, "Access-Control-Allow-Origin"));
        Assert.Contains("GET", Values(allowed, "Access-Control-Allow-Methods"));
        Assert.Contains("HEAD", Values(allowed, "Access-Control-Allow-Methods"));
        Assert.DoesNotContain("POST", Values(allowed, "Access-Control-Allow-Methods"));
        Assert.Equal("", Values(allowed, "Access-Control-Allow-Credentials"));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("*", Values(answer, "Access-Control-Allow-Origin"));
        Assert.Equal("", Values(answer, "Access-Control-Allow-Credentials"));
        Assert.Contains("ETag", Values(answer, "Access-Control-Expose-Headers"));
        Assert.Contains("RateLimit", Values(answer, "Access-Control-Expose-Headers"));
    }

    [Fact]
    public async Task Writes_are_not_opened_to_other_origins()
    {
        using var client = Client();
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/pledges");
        preflight.Headers.Add("Origin", Origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization, content-type");
        using var refused = await client.SendAsync(preflight);
        var write = new HttpRequestMessage(HttpMethod.Post, "/api/pledges") { Content = new StringContent("{}", null, "text/plain") };
        write.Headers.Add("Origin", Origin);
        using var written = await client.SendAsync(write);

        // The browser compares its method and headers with what the preflight allows, and sends nothing when they are missing.
        Assert.DoesNotContain("POST", Values(refused, "Access-Control-Allow-Methods"));
        Assert.DoesNotContain("authorization", Values(refused, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("", Values(written, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Accept_chooses_JSON_CSV_or_SDMX_CSV_and_anything_else_is_406()
    {
        using var client = Client();

        using var csv = await client.SendAsync(Accepting("/api/migrant-stock?destination=MAR&sex=both", "text/csv"));
        using var sdmx = await client.SendAsync(Accepting("/api/migrant-stock?destination=MAR&sex=both", "application/vnd.sdmx.data+csv;version=1.0.0"));
        using var preferred = await client.SendAsync(Accepting("/api/migrant-stock?destination=MAR&sex=both", "application/xml, application/json;q=0.5, text/csv;q=0.1"));
        using var xml = await client.SendAsync(Accepting("/api/migrant-stock?destination=MAR&sex=both", "application/xml"));
        using var sdmx2 = await client.SendAsync(Accepting("/api/corridors", "application/vnd.sdmx.data+csv;version=2.0.0"));
        using var plain = await client.GetAsync("/api/migrant-stock?destination=MAR&sex=both");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("destination,name,is_aggregate,year,sex,measure,revision,value", await csv.Content.ReadAsStringAsync());
        Assert.Equal("application/vnd.sdmx.data+csv", sdmx.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("DATAFLOW,", await sdmx.Content.ReadAsStringAsync());
        Assert.Equal("application/json", preferred.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/json", plain.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", Values(plain, "Vary"));
        var problem = await xml.ShouldBeProblemAsync(HttpStatusCode.NotAcceptable);
        Assert.Contains("text/csv", problem.GetProperty("detail").GetString());
        await sdmx2.ShouldBeProblemAsync(HttpStatusCode.NotAcceptable);
        await (await client.SendAsync(Accepting("/api/datasets", "text/csv"))).ShouldBeProblemAsync(HttpStatusCode.NotAcceptable);
    }

    [Theory]
    [InlineData("/api/states?region=Europe")]
    [InlineData("/api/objectives/5")]
    public async Task Reference_reads_carry_validators_and_answer_304_when_unchanged(string url)
    {
        using var client = Client();
        using var first = await client.GetAsync(url);
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;

        using var byTag = await client.SendAsync(Conditional(url, r => r.Headers.IfNoneMatch.Add(etag)));
        using var byDate = await client.SendAsync(Conditional(url, r => r.Headers.IfModifiedSince = lastModified));
        using var olderDate = await client.SendAsync(Conditional(url, r => r.Headers.IfModifiedSince = lastModified.AddSeconds(-1)));
        using var otherTag = await client.SendAsync(Conditional(url, r => r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"other\""))));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("public, max-age=60", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, byTag.StatusCode);
        Assert.Equal(etag, byTag.Headers.ETag);
        Assert.Empty(await byTag.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, byDate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, olderDate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherTag.StatusCode);
    }

    [Fact]
    public async Task An_import_gives_the_figures_a_new_ETag_and_each_format_has_its_own()
    {
        using var client = Client();
        using var json = await client.GetAsync("/api/migrant-stock?destination=FRA");
        using var csv = await client.SendAsync(Accepting("/api/migrant-stock?destination=FRA", "text/csv"));

        (await app.ImportAsync(PublishedLayouts.MigrantStock([1990, 2000], "POP/DB/MIG/Stock/Rev.2001"), "old.xlsx", "migrant-stock")).ShouldSucceed();
        using var after = await client.SendAsync(Conditional("/api/migrant-stock?destination=FRA", r => r.Headers.IfNoneMatch.Add(json.Headers.ETag!)));

        Assert.NotNull(json.Headers.ETag);
        Assert.NotEqual(json.Headers.ETag, csv.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(json.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task Limited_reads_say_how_much_of_the_budget_is_left()
    {
        using var client = Client();
        using var first = await client.GetAsync("/api/principles");
        using var second = await client.GetAsync("/api/principles");

        Assert.Equal("\"open-data\";q=600;w=60", Values(first, "RateLimit-Policy"));
        var remaining = Remaining(first);
        Assert.InRange(remaining, 0, 599);
        Assert.True(Remaining(second) < remaining, $"{Values(first, "RateLimit")} then {Values(second, "RateLimit")}");
        Assert.Matches("^\"open-data\";r=\\d+;t=\\d+$", Values(second, "RateLimit"));
    }

    private static int Remaining(HttpResponseMessage response) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(Values(response, "RateLimit"), "r=(\\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static HttpRequestMessage Accepting(string url, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }

    private static HttpRequestMessage Conditional(string url, Action<HttpRequestMessage> condition)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        condition(request);
        return request;
    }

    /// <summary>A header's values, from the response or its content, joined; "" when it is absent.</summary>
    private static string Values(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : "";
}
