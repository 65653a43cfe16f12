using System.Collections.Concurrent;
using System.Globalization;

namespace Marrakesh.Platform.Web;

/// <summary>A version of a scope's data: a token that changes whenever the data do, and since when it has held.</summary>
public readonly record struct DataVersion(string Token, DateTimeOffset Since);

/// <summary>
/// The versions conditional reads derive their validators from. The one seam between caching over HTTP and however the
/// platform learns that data changed. A scope is a cache topic (<see cref="Freshness.CacheTopics"/>), whose generation every
/// process shares through the database (ADR 0017), so a change made by another process shows in validators as soon as
/// this one learns of it.
/// </summary>
public interface IDataVersions
{
    DataVersion Of(string scope);

    /// <summary>True when some data go by this scope's name.</summary>
    bool Knows(string scope);
}

internal sealed class ProcessDataVersions(Freshness.CacheGenerations generations, TimeProvider clock) : IDataVersions
{
    // Tokens of one process differ from another's, so a validator is never taken for one it did not issue.
    private readonly string boot = Guid.NewGuid().ToString("N")[..8];
    private readonly ConcurrentDictionary<string, (long Generation, DataVersion Version)> seen = new(StringComparer.Ordinal);

    public bool Knows(string scope) => Freshness.CacheTopics.All.Contains(scope, StringComparer.Ordinal);

    public DataVersion Of(string scope)
    {
        var generation = generations.Current(scope);
        if (seen.TryGetValue(scope, out var held) && held.Generation == generation)
        {
            return held.Version;
        }
        // HTTP dates have whole seconds, so Since does too: If-Modified-Since then compares exactly.
        var now = clock.GetUtcNow();
        var version = new DataVersion($"{boot}.{generation.ToString(CultureInfo.InvariantCulture)}", now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)));
        seen[scope] = (generation, version);
        return version;
    }
}
