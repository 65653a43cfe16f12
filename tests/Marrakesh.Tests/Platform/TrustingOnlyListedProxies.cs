using System.Net;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Platform;

/// <summary>
/// Anyone can write X-Forwarded-For: only the proxies MARRAKESH_PROXIES lists are believed, and loopback is not
/// trusted unless listed (issue 17, item 8). Here the test's peer, 127.0.0.1, is not on the list.
/// </summary>
public sealed class TrustingOnlyListedProxies(TrustingOnlyListedProxies.AppBehindAnotherProxy app) : IClassFixture<TrustingOnlyListedProxies.AppBehindAnotherProxy>
{
    public sealed class AppBehindAnotherProxy : KestrelApp
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["MARRAKESH_RATE_LIMIT"] = "3",
            ["MARRAKESH_PROXIES"] = "192.0.2.99, 10.0.0.0/8",
        };
    }

    // One test on purpose: every request here spends the one budget of 127.0.0.1.
    [Fact]
    public async Task A_peer_that_is_not_a_listed_proxy_speaks_only_for_itself()
    {
        var spoofing = app.ClientFrom("198.51.100.77");
        spoofing.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var signIn = await spoofing.GetAsync("/account/sign-in");
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.DoesNotContain("secure", SetCookies.Named(signIn, ".AspNetCore.Antiforgery"), StringComparison.OrdinalIgnoreCase);

        Assert.Equal(HttpStatusCode.OK, (await app.ClientFrom("198.51.100.78").GetAsync("/api/objectives")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.ClientFrom("10.1.2.3").GetAsync("/api/objectives")).StatusCode);

        await (await app.ClientFrom("198.51.100.79").GetAsync("/api/objectives")).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
    }
}
