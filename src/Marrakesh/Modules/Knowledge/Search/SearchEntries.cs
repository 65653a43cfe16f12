using Marrakesh.Platform.Data;
using Marrakesh.Platform.Freshness;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Knowledge.Search;

/// <summary>Something to index, before it becomes a <see cref="SearchDocument"/>.</summary>
public sealed record SearchEntry(
    string Type, string Key, string Title, string Text, string Language, string Url, IReadOnlyList<int> Objectives, IReadOnlyList<string> Regions);

/// <summary>Writes search documents; the database's own index (FTS5 on SQLite, tsvectors on PostgreSQL) follows by triggers.</summary>
/// <remarks>
/// Saving a document moves the search topic's generation on (ADR 0017), which drops the cached search answers of every
/// server; the bulk delete of a check does it by hand.
/// </remarks>
public sealed class SearchEntries(AppDbContext db, SearchDocumentCache documents, CacheGenerations generations)
{
    /// <summary>Adds or replaces one document; the caller saves.</summary>
    public async Task PutAsync(SearchEntry entry, CancellationToken cancellationToken)
    {
        await RemoveAsync(entry.Type, entry.Key, cancellationToken);
        db.Set<SearchDocument>().Add(ToDocument(entry));
    }

    /// <summary>Removes one document if it is there; the caller saves.</summary>
    public async Task RemoveAsync(string type, string key, CancellationToken cancellationToken)
    {
        var existing = await db.Set<SearchDocument>().Include(d => d.Facets).FirstOrDefaultAsync(d => d.Type == type && d.Key == key, cancellationToken);
        if (existing is not null)
        {
            db.Set<SearchDocument>().Remove(existing);
        }
    }

    /// <summary>
    /// Makes the documents of the given types exactly <paramref name="entries"/>, in one transaction: a document whose
    /// content is unchanged keeps its row and id, a changed one is replaced, one no longer there is removed. On every
    /// start that is one read and hardly a write, where rewriting every pledge's document re-indexed them all, and the
    /// ids, by which the search cache lays documents out (<see cref="SearchSnapshot"/>), climbed with every start.
    /// </summary>
    /// <returns>How many documents were added or removed.</returns>
    public async Task<int> ReplaceAsync(IReadOnlyList<string> types, IReadOnlyList<SearchEntry> entries, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var wanted = entries.Select(ToDocument).ToDictionary(d => (d.Type, d.Key)); // a key twice is a bug: it throws
        var stale = new List<(string Type, string Key)>();
        await foreach (var held in db.Set<SearchDocument>().AsNoTracking().Where(d => types.Contains(d.Type)).Include(d => d.Facets)
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (wanted.TryGetValue((held.Type, held.Key), out var document) && SameContent(held, document))
            {
                wanted.Remove((held.Type, held.Key));
            }
            else
            {
                stale.Add((held.Type, held.Key));
            }
        }
        // By type and key, including the keys about to be written: a document put meanwhile by another writer (under a
        // new id) must go too, or writing its key again would break the unique index and fail the whole check.
        foreach (var group in stale.Concat(wanted.Keys).Distinct().GroupBy(k => k.Type, k => k.Key))
        {
            foreach (var keys in group.Chunk(1000))
            {
                await db.Set<SearchDocument>().Where(d => d.Type == group.Key && keys.Contains(d.Key)).ExecuteDeleteAsync(cancellationToken); // facets go by cascade
            }
        }
        foreach (var batch in wanted.Values.Chunk(1000))
        {
            db.Set<SearchDocument>().AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        if (stale.Count > 0 && wanted.Count == 0)
        {
            await generations.BumpAsync(db, CacheTopics.Search, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        if (stale.Count > 0)
        {
            documents.Clear(); // the removed documents would otherwise keep their place in memory
        }
        return stale.Count + wanted.Count;
    }

    private static bool SameContent(SearchDocument held, SearchDocument wanted) =>
        held.Title == wanted.Title && held.Text == wanted.Text && held.Language == wanted.Language && held.Url == wanted.Url
        && held.TitleTerms == wanted.TitleTerms && held.TextTerms == wanted.TextTerms
        && held.Facets.Select(f => (f.Facet, f.Value)).Order().SequenceEqual(wanted.Facets.Select(f => (f.Facet, f.Value)).Order());

    private static SearchDocument ToDocument(SearchEntry entry) => new()
    {
        Type = entry.Type,
        Key = entry.Key,
        Title = entry.Title,
        Text = entry.Text,
        TitleTerms = SearchText.Terms(entry.Title),
        TextTerms = SearchText.Terms(entry.Text),
        Language = entry.Language,
        Url = entry.Url,
        Facets =
        [
            .. entry.Objectives.Distinct().Select(o => new SearchFacet { Facet = "objective", Value = o.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            .. entry.Regions.Distinct(StringComparer.Ordinal).Select(r => new SearchFacet { Facet = "region", Value = r }),
        ],
    };
}
