using Microsoft.EntityFrameworkCore.Migrations;

namespace Marrakesh.Modules.Knowledge.Search;

/// <summary>
/// The full-text index beside <c>knowledge_search_documents</c>, which EF Core's model cannot describe: on SQLite an
/// FTS5 table kept in step by triggers, on PostgreSQL a generated tsvector column with a GIN index. Called by hand
/// from the Knowledge migration (one line), so migrations can be regenerated and the call re-added.
/// </summary>
public static class SearchSchema
{
    public static void Create(MigrationBuilder migration)
    {
        if (IsPostgres(migration))
        {
            migration.Sql("""
                ALTER TABLE knowledge_search_documents ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('simple', coalesce("TitleTerms", '')), 'A') ||
                    setweight(to_tsvector('simple', coalesce("TextTerms", '')), 'D')) STORED;
                CREATE INDEX ix_knowledge_search_documents_vector ON knowledge_search_documents USING GIN ("SearchVector");
                """);
            return;
        }
        // The terms are already folded and split by SearchText, so the tokenizer only has to cut at the spaces.
        migration.Sql("""CREATE VIRTUAL TABLE knowledge_search USING fts5("TitleTerms", "TextTerms", content='knowledge_search_documents', content_rowid='Id', tokenize='unicode61 remove_diacritics 0');""");
        migration.Sql("""
            CREATE TRIGGER knowledge_search_insert AFTER INSERT ON knowledge_search_documents BEGIN
                INSERT INTO knowledge_search(rowid, "TitleTerms", "TextTerms") VALUES (new."Id", new."TitleTerms", new."TextTerms");
            END;
            """);
        migration.Sql("""
            CREATE TRIGGER knowledge_search_delete AFTER DELETE ON knowledge_search_documents BEGIN
                INSERT INTO knowledge_search(knowledge_search, rowid, "TitleTerms", "TextTerms") VALUES ('delete', old."Id", old."TitleTerms", old."TextTerms");
            END;
            """);
        migration.Sql("""
            CREATE TRIGGER knowledge_search_update AFTER UPDATE ON knowledge_search_documents BEGIN
                INSERT INTO knowledge_search(knowledge_search, rowid, "TitleTerms", "TextTerms") VALUES ('delete', old."Id", old."TitleTerms", old."TextTerms");
                INSERT INTO knowledge_search(rowid, "TitleTerms", "TextTerms") VALUES (new."Id", new."TitleTerms", new."TextTerms");
            END;
            """);
    }

    public static void Drop(MigrationBuilder migration)
    {
        if (IsPostgres(migration))
        {
            migration.Sql("""DROP INDEX IF EXISTS ix_knowledge_search_documents_vector; ALTER TABLE knowledge_search_documents DROP COLUMN IF EXISTS "SearchVector";""");
            return;
        }
        migration.Sql("DROP TRIGGER IF EXISTS knowledge_search_insert;");
        migration.Sql("DROP TRIGGER IF EXISTS knowledge_search_delete;");
        migration.Sql("DROP TRIGGER IF EXISTS knowledge_search_update;");
        migration.Sql("DROP TABLE IF EXISTS knowledge_search;");
    }

    private static bool IsPostgres(MigrationBuilder migration) =>
        migration.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";
}
