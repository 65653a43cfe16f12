using System.Net;
using System.Text;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Platform;

/// <summary>The body limit is Kestrel's, so this runs on a real port rather than the in-memory test server.</summary>
public sealed class RefusingOversizedBodies(KestrelApp app) : IClassFixture<KestrelApp>
{
    [Fact]
    public async Task A_body_over_one_megabyte_is_refused_and_writes_nothing()
    {
        var email = await app.CreateUserAsync("admin");
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", await app.CreateTokenAsync(email));
        var before = await app.Database.CountAsync("accounts_api_tokens");
        var huge = "{\"name\": \"" + new string('x', 2 * 1024 * 1024) + "\"}";

        var response = await client.PostAsync("/api/tokens", new StringContent(huge, Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(before, await app.Database.CountAsync("accounts_api_tokens"));
    }

    [Fact]
    public async Task The_stylesheet_reaches_a_browser_that_accepts_compression()
    {
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.All }) { BaseAddress = app.BaseAddress };
        var home = await client.GetStringAsync("/");
        var href = System.Text.RegularExpressions.Regex.Match(home, "href=\"(/css/site[^\"]*)\"").Groups[1].Value;

        var css = await client.GetStringAsync(href);

        Assert.Contains(".site-header", css);
    }
}
