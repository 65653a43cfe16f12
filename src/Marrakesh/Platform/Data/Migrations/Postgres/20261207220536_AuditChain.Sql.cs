using Microsoft.EntityFrameworkCore.Migrations;

namespace Marrakesh.Platform.Data.Migrations.Postgres;

/// <summary>The audit chain is append-only in the database, like the trail it seals (ADR 0015); SQL of its own (ADR 0012).</summary>
public partial class AuditChain
{
    private static void CreateWhatTheModelCannotSay(MigrationBuilder migration) => migration.Sql("""
        CREATE FUNCTION platform_audit_chain_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'the audit chain is append-only'; END; $$;
        CREATE TRIGGER platform_audit_chain_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON platform_audit_chain
        FOR EACH STATEMENT EXECUTE FUNCTION platform_audit_chain_append_only();
        """);

    private static void DropWhatTheModelCannotSay(MigrationBuilder migration) =>
        migration.Sql("DROP FUNCTION IF EXISTS platform_audit_chain_append_only() CASCADE;");
}
