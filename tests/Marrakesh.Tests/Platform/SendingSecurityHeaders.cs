using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Platform;

/// <summary>Every answer, page or API, found or not, carries the security headers (issue 17, finding 5).</summary>
public sealed class SendingSecurityHeaders(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/pledges")]
    [InlineData("/api/states")]
    [InlineData("/api/no-such-route")]
    [InlineData("/no-such-page")]
    [InlineData("/openapi/v1.json")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_API_reference_alone_may_run_its_inline_script()
    {
        var response = await app.CreateClient().GetAsync("/api/docs");

        Assert.Contains("script-src 'self' 'unsafe-inline'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    [Fact]
    public async Task The_API_reference_loads_its_script_from_this_site()
    {
        var page = await (await app.CreateClient().GetAsync("/api/docs/")).Content.ReadAsStringAsync();

        var sources = System.Text.RegularExpressions.Regex.Matches(page, "<script[^>]*src=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, source => Assert.False(source.Contains("://", StringComparison.Ordinal), $"{source} is not on this site"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : throw new Xunit.Sdk.XunitException($"{name} is missing on {response.RequestMessage!.RequestUri}");
}
