using System.Collections.Concurrent;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Freshness;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Datasets;

/// <summary>
/// What every read of the figures looks up first — the imports, the locations' names, which import holds an
/// indicator — and the indicators and corridor years read so far, decoded, held for the process, since only an import
/// changes them. A State's figures took nine queries, four of
/// them these lookups. An import anywhere moves the datasets topic on (<see cref="CacheGenerations"/>) and the next read
/// after this process learns of it loads afresh; the held copy also expires, as the cached answers do.
/// </summary>
public sealed class DatasetCatalog(TimeProvider clock, CacheGenerations generations)
{
    private Snapshot? current;

    /// <summary>One load of the lookups. Shared by concurrent requests: nothing in it is changed after loading.</summary>
    public sealed class Snapshot(long generation, DateTimeOffset loadedAt, IReadOnlyList<DatasetImport> imports, IReadOnlyDictionary<string, string> names)
    {
        public long Generation { get; } = generation;
        public DateTimeOffset LoadedAt { get; } = loadedAt;
        public IReadOnlyList<DatasetImport> Imports { get; } = imports;
        /// <summary>The names of the locations the figures use, by code.</summary>
        public IReadOnlyDictionary<string, string> Names { get; } = names;
        /// <summary>Which import a query of an indicator reads, filled as indicators are asked for.</summary>
        public ConcurrentDictionary<string, DatasetImport?> IndicatorImports { get; } = new(StringComparer.Ordinal);
        /// <summary>Indicators decoded, by import and code, filled as they are asked for.</summary>
        public ConcurrentDictionary<(Guid Import, string Indicator), IndicatorFigures> Indicators { get; } = new();
        /// <summary>Years of corridor matrices decoded, by import and year, filled as they are asked for.</summary>
        public ConcurrentDictionary<(Guid Import, int Year), CorridorFigures> Corridors { get; } = new();
    }

    public async Task<Snapshot> CurrentAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        // The generation is read before loading: an import that commits meanwhile moves it on, so the next read loads again.
        var generation = generations.Current(CacheTopics.Datasets);
        var held = Volatile.Read(ref current);
        if (held is not null && held.Generation == generation && clock.GetUtcNow() - held.LoadedAt < DatasetsCache.Expiry)
        {
            return held;
        }
        var imports = await db.Set<DatasetImport>().AsNoTracking().ToListAsync(cancellationToken);
        var names = await db.Set<DatasetLocation>().AsNoTracking().ToDictionaryAsync(l => l.Code, l => l.Name, cancellationToken);
        var loaded = new Snapshot(generation, clock.GetUtcNow(), imports, names);
        Volatile.Write(ref current, loaded);
        return loaded;
    }
}
