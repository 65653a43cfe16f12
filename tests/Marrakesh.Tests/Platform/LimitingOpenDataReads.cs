using System.Net;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Platform;

public sealed class LimitingOpenDataReads(LimitingOpenDataReads.AppWithLowLimit app) : IClassFixture<LimitingOpenDataReads.AppWithLowLimit>
{
    public sealed class AppWithLowLimit : MarrakeshApp
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["MARRAKESH_RATE_LIMIT"] = "3" };
    }

    [Fact]
    public async Task A_client_over_the_limit_gets_429_with_Retry_After_even_for_cached_answers()
    {
        var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/objectives")).StatusCode);
        }

        var refused = await client.GetAsync("/api/objectives");

        await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("\"open-data\";q=3;w=60", string.Join(",", refused.Headers.GetValues("RateLimit-Policy")));
        Assert.StartsWith("\"open-data\";r=0;t=", string.Join(",", refused.Headers.GetValues("RateLimit")));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }
}
