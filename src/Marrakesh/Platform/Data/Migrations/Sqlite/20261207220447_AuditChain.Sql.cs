using Microsoft.EntityFrameworkCore.Migrations;

namespace Marrakesh.Platform.Data.Migrations.Sqlite;

/// <summary>
/// The audit chain is append-only in the database, like the trail it seals (ADR 0015); SQL of its own (ADR 0012).
/// Dropping the table in Down drops the triggers with it.
/// </summary>
public partial class AuditChain
{
    private static void CreateWhatTheModelCannotSay(MigrationBuilder migration)
    {
        migration.Sql("CREATE TRIGGER platform_audit_chain_no_update BEFORE UPDATE ON platform_audit_chain BEGIN SELECT RAISE(ABORT, 'the audit chain is append-only'); END;");
        migration.Sql("CREATE TRIGGER platform_audit_chain_no_delete BEFORE DELETE ON platform_audit_chain BEGIN SELECT RAISE(ABORT, 'the audit chain is append-only'); END;");
    }
}
