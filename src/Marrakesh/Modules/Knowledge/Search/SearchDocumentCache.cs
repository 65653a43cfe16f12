using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Knowledge.Search;

/// <summary>
/// What search needs of every document besides the full-text index, held in memory by id (ADR 0010) as a
/// <see cref="SearchSnapshot"/>. A document never changes under its id — a change deletes the row and adds a new one —
/// and ids are never reused (AUTOINCREMENT on SQLite, an identity on PostgreSQL), so the cache only loads the documents
/// added since it last looked, and a deleted document simply stops matching. With writers side by side (PostgreSQL),
/// a document can commit after one with a higher id, and that rule would skip it: a search that meets a match the
/// snapshot lacks has it load everything again (<see cref="ReloadAsync"/>).
/// </summary>
public sealed class SearchDocumentCache
{
    private readonly Lock gate = new();
    private SearchSnapshot current = SearchSnapshot.Empty;

    /// <summary>Forgets everything, after a check removed documents (their places would only take up memory).</summary>
    public void Clear()
    {
        lock (gate)
        {
            current = SearchSnapshot.Empty;
        }
    }

    /// <summary>
    /// A new snapshot of every document, for when the current one missed some. Searches meanwhile keep using the current
    /// one; the new one replaces it unless a newer one has come in since.
    /// </summary>
    public async Task<SearchSnapshot> ReloadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var fresh = await LoadAsync(db, SearchSnapshot.Empty, cancellationToken);
        lock (gate)
        {
            if (fresh.MaxId >= current.MaxId)
            {
                current = fresh;
            }
        }
        return fresh;
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
        var next = await LoadAsync(db, seen, cancellationToken);
        lock (gate)
        {
            if (ReferenceEquals(current, seen))
            {
                current = next;
            }
        }
        return next; // if another request loaded meanwhile, ours still answers this search; theirs serves the next
    }

    /// <summary>
    /// <paramref name="from"/> with the documents added since. Streamed, so that only one row at a time is held as
    /// strings: a document's long text becomes a term sequence, a facet value a code, as they arrive. Documents first:
    /// see the builder.
    /// </summary>
    private static async Task<SearchSnapshot> LoadAsync(AppDbContext db, SearchSnapshot from, CancellationToken cancellationToken)
    {
        var builder = new SearchSnapshot.Builder(from);
        await foreach (var d in db.Set<SearchDocument>().AsNoTracking().Where(d => d.Id > from.MaxId).OrderBy(d => d.Id)
            .Select(d => new Added(d.Id, d.Type, d.Language, d.TitleTerms, d.TextTerms)).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            builder.Add(d);
        }
        await foreach (var f in db.Set<SearchFacet>().AsNoTracking().Where(f => f.DocumentId > from.MaxId).OrderBy(f => f.DocumentId)
            .Select(f => new { f.DocumentId, f.Facet, f.Value }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            builder.AddFacet(f.DocumentId, f.Facet, f.Value);
        }
        return builder.Build();
    }

    internal sealed record Added(long Id, string Type, string Language, string TitleTerms, string TextTerms);
}
