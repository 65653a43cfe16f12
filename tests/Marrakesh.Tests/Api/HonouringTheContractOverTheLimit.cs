using System.Text.RegularExpressions;

namespace Marrakesh.Tests.Api;

/// <summary>The app with a budget of one read a minute, so the second rate-limited call is refused.</summary>
public sealed class OverTheLimitApp : ContractApp
{
    protected override string RateLimit => "1";

    protected override bool WithCallers => false;
}

/// <summary>Every operation that documents 429 answers it, with Retry-After, as the document says.</summary>
public sealed class HonouringTheContractOverTheLimit(OverTheLimitApp app) : IClassFixture<OverTheLimitApp>
{
    [Fact]
    public async Task Every_rate_limited_operation_refuses_over_the_limit_as_documented()
    {
        var contract = await app.ContractAsync();
        var limited = contract.Operations.Where(o => o.Documents("429")).ToList();
        Assert.NotEmpty(limited);
        using var anonymous = app.CreateClient();
        foreach (var operation in limited)
        {
            // The limiter answers before the handler, so any address the route accepts will do.
            var url = Regex.Replace(operation.Path, @"\{[^/]+?\}", m => m.Value switch
            {
                "{iso3}" => "MAR",
                "{code}" => "SM.POP.NETM",
                "{number}" or "{position}" => "1",
                // Position ids are numbers (the route's {id:long}); a Guid would match no route.
                "{id}" when operation.Path.Contains("/positions/", StringComparison.Ordinal) => "1",
                _ => Guid.NewGuid().ToString(),
            });
            for (var i = 0; i < 2; i++)
            {
                (await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(operation.Method), url))).Dispose();
            }
        }

        var answers = app.Exchanges.All.Where(e => contract.Find(e.Method, e.Path)?.Documents("429") == true).ToList();
        var refused = answers.Where(e => e.Status == 429).Select(e => contract.Find(e.Method, e.Path)!.OperationId).ToHashSet();
        Assert.Empty(limited.Select(o => o.OperationId).Except(refused));
        Assert.Empty(answers.Where(e => e.Status == 429).SelectMany(contract.Check));
    }
}
