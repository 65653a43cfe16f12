using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Knowledge.Search;

/// <summary>
/// Each search document's filter and facet values (type, language, objectives, regions), held in memory by id, so that
/// filtering and counting facets over tens of thousands of matches is a loop rather than a join against long rows
/// (ADR 0010). A document's values never change under its id — a change deletes the row and adds a new one — and ids
/// are never reused (AUTOINCREMENT on SQLite, an identity on PostgreSQL), so the cache only ever loads the documents
/// added since it last looked, and a deleted document simply stops matching.
/// </summary>
public sealed class SearchFacetCache
{
    private readonly Lock gate = new();
    private Dictionary<long, Values> values = [];
    private long maxId;

    /// <summary>Forgets everything, after a rebuild replaced most documents (the old ids would only take up memory).</summary>
    public void Clear()
    {
        lock (gate)
        {
            (values, maxId) = ([], 0);
        }
    }

    /// <summary>The values of every document up to the highest of <paramref name="ids"/>, loading what is missing.</summary>
    public async Task<IReadOnlyDictionary<long, Values>> ForAsync(AppDbContext db, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        Dictionary<long, Values> current;
        long loadedTo;
        lock (gate)
        {
            (current, loadedTo) = (values, maxId);
        }
        if (ids.Count == 0 || ids.Max() <= loadedTo)
        {
            return current;
        }
        var added = await LoadAsync(db, loadedTo, cancellationToken);
        lock (gate)
        {
            if (loadedTo == maxId)
            {
                var next = new Dictionary<long, Values>(values);
                foreach (var (id, value) in added)
                {
                    next[id] = value;
                }
                values = next;
                maxId = Math.Max(maxId, added.Count == 0 ? 0 : added.Keys.Max());
                return values;
            }
        }
        // Another request loaded meanwhile: answer from ours, theirs will serve the next.
        return new Dictionary<long, Values>(current.Concat(added));
    }

    private static async Task<Dictionary<long, Values>> LoadAsync(AppDbContext db, long after, CancellationToken cancellationToken)
    {
        var documents = await db.Set<SearchDocument>().AsNoTracking().Where(d => d.Id > after)
            .Select(d => new { d.Id, d.Type, d.Language }).ToListAsync(cancellationToken);
        var facets = (await db.Set<SearchFacet>().AsNoTracking().Where(f => f.DocumentId > after)
            .Select(f => new { f.DocumentId, f.Facet, f.Value }).ToListAsync(cancellationToken)).ToLookup(f => f.DocumentId);
        return documents.ToDictionary(d => d.Id, d => new Values(
            d.Type, d.Language,
            [.. facets[d.Id].Where(f => f.Facet == "objective").Select(f => f.Value)],
            [.. facets[d.Id].Where(f => f.Facet == "region").Select(f => f.Value)]));
    }

    /// <summary>One document's values.</summary>
    public sealed record Values(string Type, string Language, string[] Objectives, string[] Regions)
    {
        public bool Passes(SearchFilter filter) =>
            (filter.Type is null || Type == filter.Type)
            && (filter.Language is null || Language == filter.Language)
            && (filter.Objective is null || Objectives.Contains(filter.Objective.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            && (filter.Region is null || Regions.Contains(filter.Region));
    }
}
