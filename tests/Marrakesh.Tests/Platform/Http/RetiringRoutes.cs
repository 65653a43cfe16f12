using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Marrakesh.Tests.Platform.Http;

/// <summary>The convention a retired route carries (README, "Versions and retirement"), on a fixture route: the API has retired none yet.</summary>
public sealed class RetiringRoutes
{
    [Fact]
    public async Task A_retired_route_says_since_when_until_when_and_what_replaces_it()
    {
        await using var app = await FixtureAsync(r => r.Retired(new DateOnly(2026, 12, 1), new DateOnly(2027, 6, 30), "/api/new"));
        using var client = app.GetTestClient();

        using var retired = await client.GetAsync("/api/old");
        using var current = await client.GetAsync("/api/new");

        Assert.Equal("@1796083200", string.Join(",", retired.Headers.GetValues("Deprecation")));
        Assert.Equal("Wed, 30 Jun 2027 00:00:00 GMT", string.Join(",", retired.Headers.GetValues("Sunset")));
        Assert.Contains("</api/new>; rel=\"successor-version\"", string.Join(",", retired.Headers.GetValues("Link")));
        Assert.Equal("old", await retired.Content.ReadAsStringAsync());
        Assert.False(current.Headers.Contains("Deprecation"));
        Assert.False(current.Headers.Contains("Sunset"));
    }

    [Fact]
    public async Task A_route_cannot_be_retired_with_less_than_six_months_notice() =>
        await Assert.ThrowsAsync<ArgumentException>(() => FixtureAsync(r => r.Retired(new DateOnly(2026, 12, 1), new DateOnly(2027, 3, 1), "/api/new")));

    private static async Task<WebApplication> FixtureAsync(Action<RouteHandlerBuilder> retire)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        var app = builder.Build();
        retire(app.MapGet("/api/old", () => "old"));
        app.MapGet("/api/new", () => "new");
        await app.StartAsync();
        return app;
    }
}
