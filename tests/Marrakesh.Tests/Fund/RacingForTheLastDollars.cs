using System.Net;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Fund;

/// <summary>Real concurrent HTTP requests against the real database (SQLite or PostgreSQL, as the run says).</summary>
public sealed class RacingForTheLastDollars(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Fact]
    public async Task Of_allocations_racing_for_the_same_last_dollars_one_wins_and_the_others_get_409()
    {
        var desk = await FundDesk.OpenAsync(app);
        await desk.DepositAsync(10_101.01m, "country:BGD");
        var programmes = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => desk.ApprovedProgrammeAsync("BGD")));

        var responses = await Task.WhenAll(programmes.Select(p => desk.AllocateAsync(p, 10_000m, "country:BGD")));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(0m, await desk.AvailableAsync("country:BGD"));
        await desk.ShouldHoldInvariantsAsync();
    }

    [Fact]
    public async Task Concurrent_deposits_and_allocations_keep_every_invariant()
    {
        var desk = await FundDesk.OpenAsync(app);
        var programme = await desk.ApprovedProgrammeAsync("NPL", budget: 1_000_000m);

        await desk.DepositAsync(1_000m, "country:NPL");

        // Started together: 20 deposits of 990 net and 50 allocations of 500 compete for the same pool, so some
        // allocations must find it empty, however the requests interleave.
        var deposits = Enumerable.Range(0, 20).Select(_ => desk.DepositAsync(1_000m, "country:NPL")).ToList();
        var allocations = Enumerable.Range(0, 50).Select(_ => desk.AllocateAsync(programme, 500m, "country:NPL")).ToList();
        await Task.WhenAll(deposits);
        var allocated = await Task.WhenAll(allocations);

        Assert.All(allocated, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        var wins = allocated.Count(r => r.StatusCode == HttpStatusCode.Created);
        Assert.InRange(wins, 1, 41);
        Assert.Contains(allocated, r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Equal(20_790m - (wins * 500m), await desk.AvailableAsync("country:NPL"));
        await desk.ShouldHoldInvariantsAsync();
    }
}
