using Microsoft.EntityFrameworkCore.Migrations;

namespace Marrakesh.Platform.Data.Migrations.Sqlite;

/// <summary>
/// The parts of the schema EF Core's model cannot describe, written out here as SQL of this migration's own: it calls
/// no module code, so changing that code can never change what this migration did (ADR 0012).
/// </summary>
public partial class Initial
{
    private static readonly string[] AppendOnlyTables = ["fund_ledger_transactions", "fund_ledger_entries", "fund_programme_decisions"];

    private static void CreateWhatTheModelCannotSay(MigrationBuilder migration)
    {
        // The audit trail and the ledger are append-only in the database itself: no code path, nor a stray SQL
        // session, can change or remove a row.
        migration.Sql("CREATE TRIGGER platform_audit_entries_no_update BEFORE UPDATE ON platform_audit_entries BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;");
        migration.Sql("CREATE TRIGGER platform_audit_entries_no_delete BEFORE DELETE ON platform_audit_entries BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;");
        foreach (var table in AppendOnlyTables)
        {
            migration.Sql($"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;");
            migration.Sql($"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;");
        }

        // Search (ADR 0010): an FTS5 index over the documents' terms, kept in step by triggers. The terms arrive
        // already folded and split, so the tokenizer only cuts at the spaces.
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

    private static void DropWhatTheModelCannotSay(MigrationBuilder migration)
    {
        // Dropping a table drops its triggers; the FTS5 table is the one object EF Core does not know of.
        migration.Sql("DROP TABLE IF EXISTS knowledge_search;");
    }
}
