using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Marrakesh.Tests.Infrastructure;

/// <summary>
/// A database's schema as sorted lines of text, so two databases built different ways can be compared: tables with
/// their columns (by name; the order columns were added in is not part of the schema), keys, indexes, constraints,
/// triggers, functions and storage settings. EF Core's own history table is left out.
/// </summary>
public static partial class SchemaDump
{
    public static async Task<string> OfAsync(TestDatabase database)
    {
        await using DbConnection connection = database.IsPostgres
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        var lines = database.IsPostgres ? await PostgresAsync(connection) : await SqliteAsync(connection);
        lines.RemoveAll(l => l.Contains("__EFMigrationsHistory", StringComparison.Ordinal));
        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines) + "\n";
    }

    private static async Task<List<string>> SqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var objects = await RowsAsync(connection, "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'");
        foreach (var (type, name, table, sql) in objects.Select(o => (o[0], o[1], o[2], o[3])))
        {
            if (type == "table" && !sql.StartsWith("CREATE VIRTUAL", StringComparison.Ordinal) && !IsFtsShadow(name, objects))
            {
                lines.Add($"table {name}{(sql.Contains("WITHOUT ROWID", StringComparison.Ordinal) ? " without rowid" : "")}");
                foreach (var c in await RowsAsync(connection, $"SELECT name, type, \"notnull\", coalesce(dflt_value, ''), pk FROM pragma_table_info('{name}')"))
                {
                    lines.Add($"column {name}.{c[0]} {c[1]} notnull={c[2]} default={c[3]} pk={c[4]}");
                }
                foreach (var f in await RowsAsync(connection, $"SELECT \"table\", \"from\", coalesce(\"to\", ''), on_delete, on_update FROM pragma_foreign_key_list('{name}')"))
                {
                    lines.Add($"foreign key {name}.{f[1]} -> {f[0]}.{f[2]} on delete {f[3]} on update {f[4]}");
                }
                foreach (var i in await RowsAsync(connection, $"SELECT name, \"unique\", origin, partial FROM pragma_index_list('{name}')"))
                {
                    var columns = await RowsAsync(connection, $"SELECT coalesce(name, '<expr>'), desc FROM pragma_index_xinfo('{i[0]}') WHERE key = 1 ORDER BY seqno");
                    var label = i[2] == "c" ? i[0] : $"<{i[2]}>";
                    var where = objects.FirstOrDefault(o => o[1] == i[0])?[3] is { } indexSql && indexSql.Contains(" WHERE ", StringComparison.Ordinal)
                        ? " where " + Squeeze(indexSql[(indexSql.IndexOf(" WHERE ", StringComparison.Ordinal) + 7)..]) : "";
                    lines.Add($"index {name}.{label} unique={i[1]} ({string.Join(", ", columns.Select(c => c[0] + (c[1] == "1" ? " desc" : "")))}){where}");
                }
            }
            else if (type is "trigger" or "view" || sql.StartsWith("CREATE VIRTUAL", StringComparison.Ordinal))
            {
                lines.Add($"{type} {name} on {table}: {Squeeze(sql)}");
            }
        }
        return lines;
    }

    // FTS5 keeps its data in shadow tables named after the virtual table; they come with it.
    private static bool IsFtsShadow(string name, List<string[]> objects) =>
        objects.Any(o => o[3].StartsWith("CREATE VIRTUAL", StringComparison.Ordinal) && name.StartsWith(o[1] + "_", StringComparison.Ordinal));

    private static async Task<List<string>> PostgresAsync(DbConnection connection)
    {
        var lines = new List<string>();
        foreach (var t in await RowsAsync(connection, """
            SELECT c.relname, c.relkind, coalesce(array_to_string(c.reloptions, ','), '') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
            """))
        {
            lines.Add($"relation {t[0]} kind={t[1]} options={t[2]}");
        }
        foreach (var c in await RowsAsync(connection, """
            SELECT c.table_name, c.column_name, c.data_type, coalesce(c.character_maximum_length::text, ''), coalesce(c.numeric_precision::text, ''),
                   c.is_nullable, coalesce(c.column_default, ''), c.is_identity, coalesce(c.identity_generation, ''), c.is_generated,
                   coalesce(c.generation_expression, ''), a.attstorage::text, coalesce(c.collation_name, '')
            FROM information_schema.columns c
            JOIN pg_attribute a ON a.attrelid = format('%I.%I', c.table_schema, c.table_name)::regclass AND a.attname = c.column_name
            WHERE c.table_schema = 'public'
            """))
        {
            lines.Add($"column {c[0]}.{c[1]} {c[2]}({c[3]},{c[4]}) nullable={c[5]} default={c[6]} identity={c[7]}/{c[8]} generated={c[9]} {c[10]} storage={c[11]} collation={c[12]}");
        }
        foreach (var i in await RowsAsync(connection, """
            SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid), i.indisclustered::text FROM pg_index i
            JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'
            """))
        {
            lines.Add($"index {i[0]}: {i[1]} clustered={i[2]}");
        }
        foreach (var k in await RowsAsync(connection, """
            SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace
            """))
        {
            lines.Add($"constraint {k[0]}.{k[1]}: {k[2]}");
        }
        foreach (var t in await RowsAsync(connection, """
            SELECT tgrelid::regclass::text, tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal
            """))
        {
            lines.Add($"trigger {t[0]}.{t[1]}: {t[2]}");
        }
        foreach (var f in await RowsAsync(connection, """
            SELECT p.proname, pg_get_functiondef(p.oid) FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
            """))
        {
            lines.Add($"function {f[0]}: {Squeeze(f[1])}");
        }
        return lines;
    }

    private static async Task<List<string[]>> RowsAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? "")]);
        }
        return rows;
    }

    private static string Squeeze(string sql) => Whitespace().Replace(sql, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
