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

    /// <summary>
    /// PostgreSQL only (SQLite's FTS5 finds phrases in its own positions cheaply). A second generated tsvector holds
    /// each document's word pairs ('legal_aid'), so a phrase is found through a GIN index without rechecking every row
    /// that has both words. And the long columns move out of line (a 128-byte row target, vectors stored uncompressed),
    /// so that listing the ids of 50,000 matches reads a few MB of heap instead of the whole table. Adding the stored
    /// column rewrites the table, which applies the new storage to the rows already there.
    /// </summary>
    public static void AddPhrasePairs(MigrationBuilder migration)
    {
        if (!IsPostgres(migration))
        {
            return;
        }
        migration.Sql("""
            CREATE FUNCTION knowledge_search_pairs(terms text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                SELECT coalesce(array_to_tsvector(array_agg(DISTINCT pair)), ''::tsvector) FROM (
                    SELECT word || '_' || lead(word) OVER (ORDER BY position) AS pair
                    FROM unnest(string_to_array(terms, ' ')) WITH ORDINALITY AS words(word, position)
                    WHERE word <> '') pairs
                WHERE pair IS NOT NULL
            $$;
            ALTER TABLE knowledge_search_documents SET (toast_tuple_target = 128);
            ALTER TABLE knowledge_search_documents ALTER COLUMN "SearchVector" SET STORAGE EXTERNAL;
            ALTER TABLE knowledge_search_documents ADD COLUMN "PairVector" tsvector GENERATED ALWAYS AS (
                knowledge_search_pairs(coalesce("TitleTerms", '')) || knowledge_search_pairs(coalesce("TextTerms", ''))) STORED;
            ALTER TABLE knowledge_search_documents ALTER COLUMN "PairVector" SET STORAGE EXTERNAL;
            CREATE INDEX ix_knowledge_search_documents_pairs ON knowledge_search_documents USING GIN ("PairVector");
            """);
    }

    public static void DropPhrasePairs(MigrationBuilder migration)
    {
        if (!IsPostgres(migration))
        {
            return;
        }
        migration.Sql("""
            DROP INDEX IF EXISTS ix_knowledge_search_documents_pairs;
            ALTER TABLE knowledge_search_documents DROP COLUMN IF EXISTS "PairVector";
            DROP FUNCTION IF EXISTS knowledge_search_pairs(text);
            ALTER TABLE knowledge_search_documents ALTER COLUMN "SearchVector" SET STORAGE EXTENDED;
            ALTER TABLE knowledge_search_documents RESET (toast_tuple_target);
            """);
    }

    /// <summary>
    /// PostgreSQL only. The word and pair vectors move to a table of their own, <c>knowledge_search_vectors</c>, kept
    /// in step by a trigger as SQLite's FTS5 table is: listing the ids of 50,000 matches visits each matching row, and
    /// rows holding only an id and two out-of-line vectors pack about 105 to a page instead of 41, which makes that a
    /// third faster. The vectors lose their positions (<c>strip</c>): phrases go by the pairs and are checked in
    /// memory, so positions were only weight.
    /// </summary>
    public static void MoveVectorsToOwnTable(MigrationBuilder migration)
    {
        if (!IsPostgres(migration))
        {
            return;
        }
        migration.Sql("""
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
            INSERT INTO knowledge_search_vectors ("Id", "Words", "Pairs") SELECT "Id", strip("SearchVector"), "PairVector" FROM knowledge_search_documents;
            CREATE INDEX ix_knowledge_search_vectors_words ON knowledge_search_vectors USING GIN ("Words");
            CREATE INDEX ix_knowledge_search_vectors_pairs ON knowledge_search_vectors USING GIN ("Pairs");
            DROP INDEX ix_knowledge_search_documents_vector;
            DROP INDEX ix_knowledge_search_documents_pairs;
            ALTER TABLE knowledge_search_documents DROP COLUMN "SearchVector", DROP COLUMN "PairVector";
            ALTER TABLE knowledge_search_documents RESET (toast_tuple_target);
            """);
    }

    public static void MoveVectorsBack(MigrationBuilder migration)
    {
        if (!IsPostgres(migration))
        {
            return;
        }
        migration.Sql("""
            DROP TRIGGER knowledge_search_vectorise ON knowledge_search_documents;
            DROP FUNCTION knowledge_search_vectorise();
            DROP TABLE knowledge_search_vectors;
            ALTER TABLE knowledge_search_documents SET (toast_tuple_target = 128);
            ALTER TABLE knowledge_search_documents ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('simple', coalesce("TitleTerms", '')), 'A') ||
                setweight(to_tsvector('simple', coalesce("TextTerms", '')), 'D')) STORED;
            ALTER TABLE knowledge_search_documents ALTER COLUMN "SearchVector" SET STORAGE EXTERNAL;
            CREATE INDEX ix_knowledge_search_documents_vector ON knowledge_search_documents USING GIN ("SearchVector");
            ALTER TABLE knowledge_search_documents ADD COLUMN "PairVector" tsvector GENERATED ALWAYS AS (
                knowledge_search_pairs(coalesce("TitleTerms", '')) || knowledge_search_pairs(coalesce("TextTerms", ''))) STORED;
            ALTER TABLE knowledge_search_documents ALTER COLUMN "PairVector" SET STORAGE EXTERNAL;
            CREATE INDEX ix_knowledge_search_documents_pairs ON knowledge_search_documents USING GIN ("PairVector");
            """);
    }

    private static bool IsPostgres(MigrationBuilder migration) =>
        migration.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";
}
