using System.Data.Common;
using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Marrakesh.Modules.Knowledge.Search;

/// <summary>
/// Search in two stages, the same on both databases (ADR 0010). The database's full-text index says which documents
/// match each part of the query — ids only, never the long rows — and their intersection is every match: the total,
/// the filters and the facet counts are exact over all of them. <see cref="Ranking"/> then filters, counts and scores
/// them in memory, from the snapshot <see cref="SearchDocumentCache"/> holds; only the page's documents are read from
/// the database.
/// </summary>
public abstract class SqlSearchIndex(AppDbContext db, SearchDocumentCache cache) : ISearchIndex
{
    /// <summary>How many matches are scored in full at most, beyond the page asked for.</summary>
    public const int Candidates = 300;

    /// <summary>The ids of every document matching one part of a query, or of more if <see cref="IsExact"/> says so.</summary>
    protected abstract Task<long[]> IdsAsync(DbConnection connection, SearchQuery.Part part, CancellationToken cancellationToken);

    /// <summary>The ids for each part, in the order of the parts: by default one part after another on the context's connection.</summary>
    protected virtual async Task<long[][]> IdsOfEachPartAsync(IReadOnlyList<SearchQuery.Part> parts, CancellationToken cancellationToken)
    {
        var ids = new long[parts.Count][];
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            for (var p = 0; p < parts.Count; p++)
            {
                ids[p] = await IdsAsync(db.Database.GetDbConnection(), parts[p], cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return ids;
    }

    protected string ConnectionString => db.Database.GetConnectionString()!;

    /// <summary>Whether <see cref="IdsAsync"/> answers exactly the documents matching the part; if not, each is checked in memory.</summary>
    protected virtual bool IsExact(SearchQuery.Part part) => true;

    public async Task<SearchMatches> SearchAsync(SearchQuery query, SearchFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        var perPart = await IdsOfEachPartAsync(query.Parts, cancellationToken);
        var snapshot = await cache.ForAsync(db, perPart.Max(ids => ids.Length == 0 ? 0 : ids.Max()), cancellationToken);
        if (perPart.Any(ids => ids.Any(id => !snapshot.Holds(id))))
        {
            snapshot = await cache.ReloadAsync(db, cancellationToken); // a document committed late, below the highest id loaded
        }
        PartTerms[] parts = [.. query.Parts.Select(snapshot.Terms)];
        for (var p = 0; p < parts.Length; p++)
        {
            if (!IsExact(query.Parts[p]))
            {
                var part = parts[p];
                perPart[p] = [.. perPart[p].Where(id => snapshot.TryGet(id, out var entry) && part.OccursIn(entry))];
            }
        }
        var (page, total, counts) = Ranking.Rank(snapshot, parts, perPart, snapshot.Code(filter), skip, take, Candidates);

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
            total,
            [.. counts.Select((count, code) => (count, code)).Where(c => c.count > 0)
                .Select(c => new FacetRow(snapshot.Value(c.code).Facet, snapshot.Value(c.code).Value, c.count))]);
    }

    /// <summary>Runs <paramref name="sql"/>, which answers one value, with the parameters @p0, @p1….</summary>
    protected static async Task<object?> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken, params string[] values)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            parameter.Value = values[i];
            command.Parameters.Add(parameter);
        }
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }
}

/// <summary>
/// SQLite: each part is an FTS5 query (a word, a "phrase" or a prefix*) over the terms table alone. The ids come back
/// joined in one text value: 50,000 rows crossing into .NET one by one cost twice what SQLite spends finding them.
/// </summary>
public sealed class SqliteSearchIndex(AppDbContext db, SearchDocumentCache cache) : SqlSearchIndex(db, cache)
{
    protected override async Task<long[]> IdsAsync(DbConnection connection, SearchQuery.Part part, CancellationToken cancellationToken)
    {
        var joined = (string?)await ScalarAsync(connection, "SELECT group_concat(rowid) FROM knowledge_search WHERE knowledge_search MATCH @p0", cancellationToken, part.ToFts5());
        if (string.IsNullOrEmpty(joined))
        {
            return [];
        }
        var text = joined.AsSpan();
        var ids = new long[text.Count(',') + 1];
        var n = 0;
        foreach (var range in text.Split(','))
        {
            ids[n++] = long.Parse(text[range], System.Globalization.CultureInfo.InvariantCulture);
        }
        return ids;
    }
}

/// <summary>
/// PostgreSQL: a word or prefix through the GIN index of the word vectors; a phrase through the index of its word
/// pairs (the initial migration), which needs no recheck of long rows. A phrase of three words or more is narrowed to the
/// rows holding all its pairs, and checked as a phrase in memory: asking PostgreSQL to check it reads every such
/// row's long vector. Several parts are asked side by side, each on its own pooled connection (one server process
/// each), up to three: finding the ids of a common word is most of a search's time.
/// </summary>
public sealed class PostgresSearchIndex(AppDbContext db, SearchDocumentCache cache) : SqlSearchIndex(db, cache)
{
    protected override async Task<long[]> IdsAsync(DbConnection connection, SearchQuery.Part part, CancellationToken cancellationToken) =>
        (long[]?)await (part.Terms.Count == 1
            ? ScalarAsync(connection, """SELECT array_agg("Id") FROM knowledge_search_vectors WHERE "Words" @@ to_tsquery('simple', @p0)""", cancellationToken, part.ToTsQuery())
            : ScalarAsync(connection, """SELECT array_agg("Id") FROM knowledge_search_vectors WHERE "Pairs" @@ CAST(@p0 AS tsquery)""", cancellationToken, part.ToPairQuery()))
        ?? [];

    protected override async Task<long[][]> IdsOfEachPartAsync(IReadOnlyList<SearchQuery.Part> parts, CancellationToken cancellationToken)
    {
        if (parts.Count == 1)
        {
            return await base.IdsOfEachPartAsync(parts, cancellationToken);
        }
        var ids = new long[parts.Count][];
        var next = -1;
        async Task AskAsync()
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync(cancellationToken);
            int p;
            while ((p = Interlocked.Increment(ref next)) < parts.Count)
            {
                ids[p] = await IdsAsync(connection, parts[p], cancellationToken);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, Math.Min(parts.Count, MaxConnections)).Select(_ => AskAsync()));
        return ids;
    }

    protected override bool IsExact(SearchQuery.Part part) => part.Terms.Count <= 2;

    /// <summary>How many connections one search takes at most, so that a burst of searches cannot drain the pool.</summary>
    private const int MaxConnections = 3;
}
