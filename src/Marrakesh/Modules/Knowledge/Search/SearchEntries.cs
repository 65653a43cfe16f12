using Marrakesh.Platform.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Knowledge.Search;

/// <summary>Something to index, before it becomes a <see cref="SearchDocument"/>.</summary>
public sealed record SearchEntry(
    string Type, string Key, string Title, string Text, string Language, string Url, IReadOnlyList<int> Objectives, IReadOnlyList<string> Regions);

/// <summary>Writes search documents; the database's own index (FTS5 triggers, generated tsvector) follows.</summary>
public sealed class SearchEntries(AppDbContext db, SearchDocumentCache facets, IEnumerable<IOutputCacheStore> caches)
{
    /// <summary>The output-cache tag of search answers.</summary>
    public const string CacheTag = "search";

    /// <summary>Drops cached search answers once a change is saved (there is no output cache in the CLI).</summary>
    public async Task ChangedAsync(CancellationToken cancellationToken)
    {
        foreach (var cache in caches)
        {
            await cache.EvictByTagAsync(CacheTag, cancellationToken);
        }
    }

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

    /// <summary>Replaces every document of the given types with <paramref name="entries"/>, in one transaction.</summary>
    public async Task ReplaceAsync(IReadOnlyList<string> types, IReadOnlyList<SearchEntry> entries, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var documents = db.Set<SearchDocument>().Where(d => types.Contains(d.Type));
        await db.Set<SearchFacet>().Where(f => documents.Any(d => d.Id == f.DocumentId)).ExecuteDeleteAsync(cancellationToken);
        await documents.ExecuteDeleteAsync(cancellationToken);
        foreach (var batch in entries.Chunk(1000))
        {
            db.Set<SearchDocument>().AddRange(batch.Select(ToDocument));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        await transaction.CommitAsync(cancellationToken);
        facets.Clear();
        await ChangedAsync(cancellationToken);
    }

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
