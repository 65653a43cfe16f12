namespace Marrakesh.Tests.Api;

/// <summary>The app with a budget of one read a minute, so the second rate-limited call is refused.</summary>
public sealed class OverTheLimitApp : ContractApp
{
    protected override string RateLimit => "1";
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
        var rows = ContractApp.MatrixRows();
        foreach (var operation in limited)
        {
            var row = rows.First(r => r.Operation == operation.Key && r.Cells["anonymous"] == Accounts.Access.Allow);
            for (var i = 0; i < 2; i++)
            {
                using var request = await app.Calls.ForAsync(row, "anonymous");
                (await app.Callers["anonymous"].SendAsync(request)).Dispose();
            }
        }

        var answers = app.Exchanges.All.Where(e => contract.Find(e.Method, e.Path)?.Documents("429") == true).ToList();
        var refused = answers.Where(e => e.Status == 429).Select(e => contract.Find(e.Method, e.Path)!.OperationId).ToHashSet();
        Assert.Empty(limited.Select(o => o.OperationId).Except(refused));
        Assert.Empty(answers.SelectMany(contract.Check));
    }
}
