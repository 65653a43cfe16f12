using System.Net;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Platform;

/// <summary>
/// Reads are limited per account for signed-in callers and per address for anonymous ones, on the pages as on the API,
/// which share one budget (issue 17, finding 7). Clients are told apart by a trusted proxy's X-Forwarded-For.
/// </summary>
public sealed class LimitingReadsPerCaller(LimitingReadsPerCaller.AppWithLowLimit app) : IClassFixture<LimitingReadsPerCaller.AppWithLowLimit>
{
    private const int Limit = 3;

    public sealed class AppWithLowLimit : KestrelApp
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["MARRAKESH_RATE_LIMIT"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["MARRAKESH_PROXIES"] = "127.0.0.1",
        };
    }

    [Fact]
    public async Task Two_tokens_from_one_address_have_separate_budgets_and_leave_the_address_its_own()
    {
        var first = app.ClientFrom("192.0.2.10", await TokenAsync());
        var second = app.ClientFrom("192.0.2.10", await TokenAsync());

        await SpendAsync(first, "/api/objectives");
        await (await first.GetAsync("/api/objectives")).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);

        await SpendAsync(second, "/api/objectives");
        Assert.Equal(HttpStatusCode.OK, (await app.ClientFrom("192.0.2.10").GetAsync("/api/objectives")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_callers_from_one_address_share_one_budget()
    {
        var one = app.ClientFrom("192.0.2.20");
        var other = app.ClientFrom("192.0.2.20");
        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await (i % 2 == 0 ? one : other).GetAsync("/api/states")).StatusCode);
        }

        var refused = await other.GetAsync("/api/states");

        await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, (await app.ClientFrom("192.0.2.21").GetAsync("/api/states")).StatusCode);
    }

    [Fact]
    public async Task An_IPv6_client_is_counted_by_its_64_network()
    {
        var one = app.ClientFrom("2001:db8:1:2::1");
        var sameNetwork = app.ClientFrom("2001:db8:1:2:ffff:ffff:ffff:fffe");
        await SpendAsync(one, "/api/principles");

        await (await sameNetwork.GetAsync("/api/principles")).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, (await app.ClientFrom("2001:db8:1:3::1").GetAsync("/api/principles")).StatusCode);
    }

    [Fact]
    public async Task The_search_page_spends_the_search_APIs_budget_and_says_when_to_come_back()
    {
        var client = app.ClientFrom("192.0.2.30");
        await SpendAsync(client, "/api/search?q=migrants");

        var refused = await client.GetAsync("/search?q=migrants");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        var seconds = refused.Headers.RetryAfter?.Delta?.TotalSeconds;
        Assert.True(seconds > 0, "Retry-After is missing");
        var page = await Browsing.ParseAsync(refused);
        Assert.Contains("429", page.QuerySelector("h1")!.TextContent);
        Assert.Contains($"{seconds} seconds", page.QuerySelector("main")!.TextContent);
    }

    [Theory]
    [InlineData("/practices", "192.0.2.40")]
    [InlineData("/pledges", "192.0.2.41")]
    [InlineData("/search?q=water", "192.0.2.42")]
    public async Task Public_pages_are_limited(string path, string address)
    {
        var client = app.ClientFrom(address);
        await SpendAsync(client, path);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_listed_proxy_passes_on_that_the_visitor_came_over_HTTPS()
    {
        var client = app.ClientFrom("192.0.2.50");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var response = await client.GetAsync("/account/sign-in");

        Assert.Contains("secure", SetCookies.Named(response, ".AspNetCore.Antiforgery"), StringComparison.OrdinalIgnoreCase);
    }

    private async Task<string> TokenAsync() => await app.CreateTokenAsync(await app.CreateUserAsync("secretariat"));

    private static async Task SpendAsync(HttpClient client, string path)
    {
        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        }
    }
}
