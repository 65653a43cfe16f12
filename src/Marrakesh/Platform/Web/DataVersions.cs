using System.Collections.Concurrent;
using System.Globalization;

namespace Marrakesh.Platform.Web;

/// <summary>A body of data whose answers change together, and how many times it has changed in this process.</summary>
public interface IDataGeneration
{
    /// <summary>The name conditional reads refer to (<c>datasets</c>, <c>reference</c>).</summary>
    string Scope { get; }

    long Generation { get; }
}

/// <summary>A version of a scope's data: a token that changes whenever the data do, and since when it has held.</summary>
public readonly record struct DataVersion(string Token, DateTimeOffset Since);

/// <summary>
/// The versions conditional reads derive their validators from. The one seam between caching over HTTP and however the
/// platform learns that data changed: the generations every process shares through the database (ADR 0017, freshness), so a change
/// made by another process shows in validators as soon as this one learns of it.
/// </summary>
public interface IDataVersions
{
    DataVersion Of(string scope);

    /// <summary>True when some data go by this scope's name.</summary>
    bool Knows(string scope);
}

internal sealed class ProcessDataVersions(IEnumerable<IDataGeneration> sources, TimeProvider clock) : IDataVersions
{
    // Tokens of one process differ from another's, so a validator is never taken for one it did not issue.
    private readonly string boot = Guid.NewGuid().ToString("N")[..8];
    private readonly Dictionary<string, IDataGeneration> byScope = sources.ToDictionary(s => s.Scope, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (long Generation, DataVersion Version)> seen = new(StringComparer.Ordinal);

    public bool Knows(string scope) => byScope.ContainsKey(scope);

    public DataVersion Of(string scope)
    {
        var generation = byScope.TryGetValue(scope, out var source) ? source.Generation : 0;
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

/// <summary>Reference data (objectives, principles, States) move on with their cache topic, in whichever process changed them.</summary>
internal sealed class ReferenceGeneration(Freshness.CacheGenerations generations) : IDataGeneration
{
    public string Scope => ReferenceCache.Policy;

    public long Generation => generations.Current(Freshness.CacheTopics.Reference);
}
