using CsCheck;
using Marrakesh.Tests.Infrastructure;
using Marrakesh.Tests.Platform.Fuzzing;
using Xunit.Abstractions;

namespace Marrakesh.Tests.Platform;

/// <summary>
/// Property-based fuzzing of every operation in the OpenAPI document (issue 17): malformed bodies, headers, paths and
/// query strings — wrong types, nulls, huge and negative numbers, deep nesting, NUL and lone surrogates, 1 MB strings,
/// wrong content types. No answer is a 5xx, every error is problem+json, and no refused write changes anything.
/// CsCheck prints the seed of a failing case; MARRAKESH_FUZZ_SEED replays it, MARRAKESH_FUZZ_CASES sets how many
/// requests (bench/run-fuzz sends many more than CI).
/// </summary>
public sealed class FuzzingTheApi(FuzzingTheApi.AppWithoutRateLimit app, ITestOutputHelper output) : IClassFixture<FuzzingTheApi.AppWithoutRateLimit>
{
    /// <summary>Reads reach their handlers rather than the rate limiter, whose 429 LimitingOpenDataReads tests.</summary>
    public sealed class AppWithoutRateLimit : MarrakeshApp
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["MARRAKESH_RATE_LIMIT"] = "0" };
    }

    [Fact]
    public async Task No_malformed_request_gets_a_server_error_a_bare_error_or_changes_anything_it_was_refused()
    {
        var settings = FuzzSettings.FromEnvironment();
        var document = await (await app.CreateClient().GetAsync("/openapi/v1.json")).ShouldBeJsonAsync();
        var operations = ApiOperations.From(document);
        var token = await app.CreateTokenAsync(await app.CreateUserAsync("admin"));
        var tally = new FuzzTally();
        var sender = new FuzzSender(app.CreateClient(), token, new FuzzTargets(app.ClientWithToken(token)), app.Database, tally);
        var started = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await FuzzRequests.For(operations, document.GetProperty("components"))
                .SampleAsync(sender.CheckAsync, output.WriteLine, seed: settings.Seed, iter: settings.Cases, threads: 1);
        }
        finally
        {
            var figures = $"{(app.Database.IsPostgres ? "postgres" : "sqlite")} operations={operations.Count} {tally} seconds={started.Elapsed.TotalSeconds:F0}";
            output.WriteLine(figures);
            if (settings.ReportFile is { } report)
            {
                await File.AppendAllTextAsync(report, figures + Environment.NewLine);
            }
        }
        Assert.Equal(settings.Cases, tally.Requests);
    }
}
