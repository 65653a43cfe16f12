using Microsoft.EntityFrameworkCore.Migrations;

namespace Marrakesh.Platform.Data;

/// <summary>
/// Triggers that make a table append-only in the database itself, so no code path (nor a stray SQL session) can
/// change or remove a posted row. Called from the migrations that create such tables.
/// </summary>
public static class AppendOnly
{
    public static void Create(MigrationBuilder migration, string table)
    {
        if (migration.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            migration.Sql($"""
                CREATE FUNCTION {table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION '{table} is append-only'; END; $$;
                """);
            migration.Sql($"""
                CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON {table}
                FOR EACH STATEMENT EXECUTE FUNCTION {table}_append_only();
                """);
            return;
        }
        migration.Sql($"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;");
        migration.Sql($"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;");
    }

    public static void Drop(MigrationBuilder migration, string table)
    {
        if (migration.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            migration.Sql($"DROP TRIGGER IF EXISTS {table}_append_only ON {table};");
            migration.Sql($"DROP FUNCTION IF EXISTS {table}_append_only();");
            return;
        }
        migration.Sql($"DROP TRIGGER IF EXISTS {table}_no_update;");
        migration.Sql($"DROP TRIGGER IF EXISTS {table}_no_delete;");
    }
}
