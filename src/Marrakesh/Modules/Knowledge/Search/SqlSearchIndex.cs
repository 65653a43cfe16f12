using System.Data.Common;
using System.Globalization;
using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Marrakesh.Modules.Knowledge.Search;

/// <summary>
/// What both databases share: the filters, the page and the facet counts, in plain SQL over the documents.
/// The subclasses say only how to match and rank. Every value travels as a parameter.
/// </summary>
public abstract class SqlSearchIndex(AppDbContext db) : ISearchIndex
{
    /// <summary>SELECT d."Id", … AS "Rank" over matching documents d, ranked ascending (best first); ends in a WHERE clause.</summary>
    protected abstract string Matching(bool ranked);

    /// <summary>The query text in the database's own syntax.</summary>
    protected abstract string QueryText(SearchQuery query);

    public async Task<SearchMatches> SearchAsync(SearchQuery query, SearchFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        var filters = Filters(filter);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var documents = new List<MatchedDocument>();
            await using (var page = Command(connection, query, filter, $"""
                WITH m AS ({Matching(ranked: true)}{filters})
                SELECT d."Type", d."Key", d."Title", d."Text", d."Language", d."Url", m."Rank"
                FROM m JOIN knowledge_search_documents d ON d."Id" = m."Id"
                ORDER BY m."Rank", m."Id" LIMIT {take.ToString(CultureInfo.InvariantCulture)} OFFSET {skip.ToString(CultureInfo.InvariantCulture)}
                """))
            {
                await using var reader = await page.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    documents.Add(new MatchedDocument(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                        reader.GetString(4), reader.GetString(5), -Convert.ToDouble(reader.GetValue(6), CultureInfo.InvariantCulture)));
                }
            }
            var facets = new List<FacetRow>();
            await using (var counts = Command(connection, query, filter, $"""
                WITH m AS ({Matching(ranked: false)}{filters})
                SELECT 'type', d."Type", COUNT(*) FROM m JOIN knowledge_search_documents d ON d."Id" = m."Id" GROUP BY d."Type"
                UNION ALL
                SELECT 'language', d."Language", COUNT(*) FROM m JOIN knowledge_search_documents d ON d."Id" = m."Id" GROUP BY d."Language"
                UNION ALL
                SELECT f."Facet", f."Value", COUNT(*) FROM m JOIN knowledge_search_facets f ON f."DocumentId" = m."Id" GROUP BY f."Facet", f."Value"
                """))
            {
                await using var reader = await counts.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    facets.Add(new FacetRow(reader.GetString(0), reader.GetString(1), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture)));
                }
            }
            return new SearchMatches(documents, facets.Where(f => f.Facet == "type").Sum(f => f.Count), facets);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Filters(SearchFilter filter)
    {
        var clauses = new List<string>();
        if (filter.Type is not null)
        {
            clauses.Add("""d."Type" = @type""");
        }
        if (filter.Language is not null)
        {
            clauses.Add("""d."Language" = @language""");
        }
        if (filter.Objective is not null)
        {
            clauses.Add("""EXISTS (SELECT 1 FROM knowledge_search_facets o WHERE o."DocumentId" = d."Id" AND o."Facet" = 'objective' AND o."Value" = @objective)""");
        }
        if (filter.Region is not null)
        {
            clauses.Add("""EXISTS (SELECT 1 FROM knowledge_search_facets r WHERE r."DocumentId" = d."Id" AND r."Facet" = 'region' AND r."Value" = @region)""");
        }
        return string.Concat(clauses.Select(c => " AND " + c));
    }

    private DbCommand Command(DbConnection connection, SearchQuery query, SearchFilter filter, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        Add(command, "q", QueryText(query));
        if (filter.Type is not null) { Add(command, "type", filter.Type); }
        if (filter.Language is not null) { Add(command, "language", filter.Language); }
        if (filter.Objective is { } objective) { Add(command, "objective", objective.ToString(CultureInfo.InvariantCulture)); }
        if (filter.Region is not null) { Add(command, "region", filter.Region); }
        return command;
    }

    private static void Add(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

/// <summary>SQLite: the FTS5 table, ranked by bm25 with title matches weighing ten times a text match.</summary>
public sealed class SqliteSearchIndex(AppDbContext db) : SqlSearchIndex(db)
{
    protected override string Matching(bool ranked) => $"""
        SELECT d."Id", {(ranked ? "bm25(knowledge_search, 10.0, 1.0)" : "0")} AS "Rank"
        FROM knowledge_search JOIN knowledge_search_documents d ON d."Id" = knowledge_search.rowid
        WHERE knowledge_search MATCH @q
        """;

    protected override string QueryText(SearchQuery query) => query.ToFts5();
}

/// <summary>PostgreSQL: the generated tsvector (title weighted A, text D) through its GIN index, ranked by ts_rank.</summary>
public sealed class PostgresSearchIndex(AppDbContext db) : SqlSearchIndex(db)
{
    protected override string Matching(bool ranked) => $"""
        SELECT d."Id", {(ranked ? "-ts_rank(d.\"SearchVector\", to_tsquery('simple', @q))" : "0")} AS "Rank"
        FROM knowledge_search_documents d
        WHERE d."SearchVector" @@ to_tsquery('simple', @q)
        """;

    protected override string QueryText(SearchQuery query) => query.ToTsQuery();
}
