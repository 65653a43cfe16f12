using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Knowledge.Search;

/// <summary>
/// What search needs of every document besides the full-text index, held in memory by id (ADR 0010) as a
/// <see cref="SearchSnapshot"/>. A document never changes under its id — a change deletes the row and adds a new one —
/// and ids are never reused (AUTOINCREMENT on SQLite, an identity on PostgreSQL), so the cache only loads the documents
/// added since it last looked, and a deleted document simply stops matching.
/// </summary>
public sealed class SearchDocumentCache
{
    private readonly Lock gate = new();
    private SearchSnapshot current = SearchSnapshot.Empty;

    /// <summary>Forgets everything, after a rebuild replaced most documents (the old ids would only take up memory).</summary>
    public void Clear()
    {
        lock (gate)
        {
            current = SearchSnapshot.Empty;
        }
    }

    /// <summary>A snapshot holding every document up to <paramref name="maxId"/>, loading what is missing.</summary>
    public async Task<SearchSnapshot> ForAsync(AppDbContext db, long maxId, CancellationToken cancellationToken)
    {
        SearchSnapshot seen;
        lock (gate)
        {
            seen = current;
        }
        if (maxId <= seen.MaxId)
        {
            return seen;
        }
        var facets = (await db.Set<SearchFacet>().AsNoTracking().Where(f => f.DocumentId > seen.MaxId)
            .Select(f => new { f.DocumentId, f.Facet, f.Value }).ToListAsync(cancellationToken)).ToLookup(f => f.DocumentId, f => (f.Facet, f.Value));
        // Streamed, so that each document's long text is garbage as soon as it is encoded, never all of them at once.
        var builder = new SearchSnapshot.Builder(seen);
        await foreach (var d in db.Set<SearchDocument>().AsNoTracking().Where(d => d.Id > seen.MaxId).OrderBy(d => d.Id)
            .Select(d => new Added(d.Id, d.Type, d.Language, d.TitleTerms, d.TextTerms)).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            builder.Add(d, facets[d.Id]);
        }
        var next = builder.Build();
        lock (gate)
        {
            if (ReferenceEquals(current, seen))
            {
                current = next;
            }
        }
        return next; // if another request loaded meanwhile, ours still answers this search; theirs serves the next
    }

    internal sealed record Added(long Id, string Type, string Language, string TitleTerms, string TextTerms);
}
