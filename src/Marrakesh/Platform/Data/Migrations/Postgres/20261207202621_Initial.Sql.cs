using Microsoft.EntityFrameworkCore.Migrations;

namespace Marrakesh.Platform.Data.Migrations.Postgres;

/// <summary>
/// The parts of the schema EF Core's model cannot describe, written out here as SQL of this migration's own: it calls
/// no module code, so changing that code can never change what this migration did (ADR 0012).
/// </summary>
public partial class Initial
{
    private static readonly string[] AppendOnlyTables = ["fund_ledger_transactions", "fund_ledger_entries", "fund_programme_decisions"];

    // The figures' JSON stays out of line but uncompressed: pglz cost every import and every read a few milliseconds
    // to save a few MB (ADR 0011).
    private static readonly (string Table, string Column)[] UncompressedFigures =
    [
        ("datasets_stock_series", "Points"),
        ("datasets_corridor_rows", "Destinations"),
        ("datasets_corridor_rows", "AggregateDestinations"),
        ("datasets_indicator_tables", "Places"),
        ("datasets_indicator_tables", "AggregatePlaces"),
    ];

    private static void CreateWhatTheModelCannotSay(MigrationBuilder migration)
    {
        // The audit trail and the ledger are append-only in the database itself: no code path, nor a stray SQL
        // session, can change or remove a row.
        migration.Sql("""
            CREATE FUNCTION platform_audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END; $$;
            CREATE TRIGGER platform_audit_entries_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON platform_audit_entries
            FOR EACH STATEMENT EXECUTE FUNCTION platform_audit_entries_append_only();
            """);
        foreach (var table in AppendOnlyTables)
        {
            migration.Sql($"""
                CREATE FUNCTION {table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION '{table} is append-only'; END; $$;
                CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON {table}
                FOR EACH STATEMENT EXECUTE FUNCTION {table}_append_only();
                """);
        }
        foreach (var (table, column) in UncompressedFigures)
        {
            migration.Sql($"ALTER TABLE {table} ALTER COLUMN \"{column}\" SET STORAGE EXTERNAL;");
        }
        CreateSearchVectors(migration);
    }

    /// <summary>
    /// Search (ADR 0010): each document's words and word pairs ('legal_aid', for phrases) as position-free tsvectors
    /// in a narrow table of their own with GIN indexes, kept in step by a trigger. Rows of an id and two out-of-line
    /// vectors pack densely, so listing the ids of many matches reads little.
    /// </summary>
    private static void CreateSearchVectors(MigrationBuilder migration) => migration.Sql("""
        CREATE FUNCTION knowledge_search_pairs(terms text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
            SELECT coalesce(array_to_tsvector(array_agg(DISTINCT pair)), ''::tsvector) FROM (
                SELECT word || '_' || lead(word) OVER (ORDER BY position) AS pair
                FROM unnest(string_to_array(terms, ' ')) WITH ORDINALITY AS words(word, position)
                WHERE word <> '') pairs
            WHERE pair IS NOT NULL
        $$;
        CREATE TABLE knowledge_search_vectors (
            "Id" bigint PRIMARY KEY REFERENCES knowledge_search_documents ("Id") ON DELETE CASCADE,
            "Words" tsvector NOT NULL,
            "Pairs" tsvector NOT NULL
        ) WITH (toast_tuple_target = 128);
        ALTER TABLE knowledge_search_vectors ALTER COLUMN "Words" SET STORAGE EXTERNAL, ALTER COLUMN "Pairs" SET STORAGE EXTERNAL;
        CREATE FUNCTION knowledge_search_vectorise() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO knowledge_search_vectors ("Id", "Words", "Pairs") VALUES (NEW."Id",
                strip(to_tsvector('simple', NEW."TitleTerms") || to_tsvector('simple', NEW."TextTerms")),
                knowledge_search_pairs(NEW."TitleTerms") || knowledge_search_pairs(NEW."TextTerms"))
            ON CONFLICT ("Id") DO UPDATE SET "Words" = EXCLUDED."Words", "Pairs" = EXCLUDED."Pairs";
            RETURN NULL;
        END $$;
        CREATE TRIGGER knowledge_search_vectorise AFTER INSERT OR UPDATE OF "TitleTerms", "TextTerms" ON knowledge_search_documents
            FOR EACH ROW EXECUTE FUNCTION knowledge_search_vectorise();
        CREATE INDEX ix_knowledge_search_vectors_words ON knowledge_search_vectors USING GIN ("Words");
        CREATE INDEX ix_knowledge_search_vectors_pairs ON knowledge_search_vectors USING GIN ("Pairs");
        """);

    private static void DropWhatTheModelCannotSay(MigrationBuilder migration)
    {
        migration.Sql("DROP TABLE IF EXISTS knowledge_search_vectors;");
        migration.Sql("DROP FUNCTION IF EXISTS knowledge_search_vectorise() CASCADE;");
        migration.Sql("DROP FUNCTION IF EXISTS knowledge_search_pairs(text);");
        migration.Sql("DROP FUNCTION IF EXISTS platform_audit_entries_append_only() CASCADE;");
        foreach (var table in AppendOnlyTables)
        {
            migration.Sql($"DROP FUNCTION IF EXISTS {table}_append_only() CASCADE;");
        }
    }
}
