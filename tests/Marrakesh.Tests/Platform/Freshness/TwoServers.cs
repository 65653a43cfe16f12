using System.Diagnostics;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Platform.Freshness;

/// <summary>Two servers on one database (an SQLite file, or one PostgreSQL database), as an operator runs them.</summary>
public sealed class TwoServers : IAsyncLifetime
{
    /// <summary>What issue 21 promises: a write on one server is served by every other within five seconds.</summary>
    public static readonly TimeSpan Promise = TimeSpan.FromSeconds(5);

    public MarrakeshApp A { get; } = new();
    public MarrakeshApp B { get; }

    public TwoServers() => B = MarrakeshApp.Beside(A);

    public async Task InitializeAsync()
    {
        await A.InitializeAsync();
        await B.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)B).DisposeAsync();
        await ((IAsyncLifetime)A).DisposeAsync();
    }

    /// <summary>Asks until <paramref name="served"/> holds, and fails if it does not within <see cref="Promise"/>.</summary>
    public static async Task<TimeSpan> WithinPromiseAsync(Func<Task<bool>> served, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await served())
        {
            Assert.True(clock.Elapsed < Promise, $"{what}: still not served after {clock.Elapsed.TotalSeconds:0.0} s");
            await Task.Delay(50);
        }
        return clock.Elapsed;
    }
}
