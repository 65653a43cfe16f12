using System.Globalization;
using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Knowledge.Search;

/// <summary>
/// What both databases share. The database finds every match with its score — from the full-text index alone, never
/// touching the long document rows — then filters and facet counts come from <see cref="SearchFacetCache"/>, and only
/// the page's documents are read. The subclasses say how to match and score; the query travels as a parameter.
/// </summary>
public abstract class SqlSearchIndex(AppDbContext db, SearchFacetCache cache) : ISearchIndex
{
    /// <summary>SELECT id, score (higher is better) of every document matching the parameter @q.</summary>
    protected abstract string Matching { get; }

    /// <summary>The query text in the database's own syntax.</summary>
    protected abstract string QueryText(SearchQuery query);

    public async Task<SearchMatches> SearchAsync(SearchQuery query, SearchFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        var matches = await MatchesAsync(query, cancellationToken);
        var known = await cache.ForAsync(db, matches.Select(m => m.Id).ToList(), cancellationToken);
        var kept = new List<(long Id, double Score)>(matches.Count);
        var counts = new Dictionary<(string Facet, string Value), int>();
        foreach (var match in matches)
        {
            if (!known.TryGetValue(match.Id, out var values) || !values.Passes(filter))
            {
                continue;
            }
            kept.Add(match);
            Count(counts, "type", values.Type);
            Count(counts, "language", values.Language);
            foreach (var objective in values.Objectives)
            {
                Count(counts, "objective", objective);
            }
            foreach (var region in values.Regions)
            {
                Count(counts, "region", region);
            }
        }
        var page = Top(kept, skip + take).Skip(skip).ToList();
        var ids = page.Select(p => p.Id).ToList();
        var documents = (await db.Set<SearchDocument>().AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.Type, d.Key, d.Title, d.Text, d.Language, d.Url }).ToListAsync(cancellationToken)).ToDictionary(d => d.Id);
        var hits = new List<MatchedDocument>(page.Count);
        foreach (var (id, score) in page)
        {
            if (documents.TryGetValue(id, out var d))
            {
                hits.Add(new MatchedDocument(d.Type, d.Key, d.Title, d.Text, d.Language, d.Url, score));
            }
        }
        return new SearchMatches(
            hits,
            kept.Count,
            [.. counts.Select(c => new FacetRow(c.Key.Facet, c.Key.Value, c.Value))]);
    }

    /// <summary>The best <paramref name="count"/> matches in order, without sorting them all.</summary>
    private static List<(long Id, double Score)> Top(List<(long Id, double Score)> matches, int count)
    {
        var best = new PriorityQueue<(long Id, double Score), (double Score, long NegatedId)>();
        foreach (var match in matches)
        {
            best.Enqueue(match, (match.Score, -match.Id));
            if (best.Count > count)
            {
                best.Dequeue(); // the worst: lowest score, then highest id
            }
        }
        var top = new List<(long Id, double Score)>(best.Count);
        while (best.TryDequeue(out var match, out _))
        {
            top.Add(match);
        }
        top.Reverse();
        return top;
    }

    private static void Count(Dictionary<(string, string), int> counts, string facet, string value) =>
        counts[(facet, value)] = counts.GetValueOrDefault((facet, value)) + 1;

    private async Task<List<(long Id, double Score)>> MatchesAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Matching;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@q";
            parameter.Value = QueryText(query);
            command.Parameters.Add(parameter);
            var matches = new List<(long Id, double Score)>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                matches.Add((reader.GetInt64(0), Convert.ToDouble(reader.GetValue(1), CultureInfo.InvariantCulture)));
            }
            return matches;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>SQLite: the FTS5 table alone, scored by bm25 with a title match weighing ten times a text match.</summary>
public sealed class SqliteSearchIndex(AppDbContext db, SearchFacetCache cache) : SqlSearchIndex(db, cache)
{
    protected override string Matching =>
        "SELECT rowid, -bm25(knowledge_search, 10.0, 1.0) FROM knowledge_search WHERE knowledge_search MATCH @q";

    protected override string QueryText(SearchQuery query) => query.ToFts5();
}

/// <summary>PostgreSQL: the generated tsvector (title weighted A, text D) through its GIN index, scored by ts_rank.</summary>
public sealed class PostgresSearchIndex(AppDbContext db, SearchFacetCache cache) : SqlSearchIndex(db, cache)
{
    protected override string Matching =>
        """SELECT "Id", ts_rank("SearchVector", q) FROM knowledge_search_documents, to_tsquery('simple', @q) AS q WHERE "SearchVector" @@ q""";

    protected override string QueryText(SearchQuery query) => query.ToTsQuery();
}
