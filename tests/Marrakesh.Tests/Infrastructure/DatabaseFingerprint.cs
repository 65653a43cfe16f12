using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Marrakesh.Tests.Infrastructure;

/// <summary>One table's size and content: a SHA-256 over its rows in a canonical text form, in a fixed order.</summary>
public sealed record TableFingerprint(string Table, long Rows, string Sha256);

/// <summary>
/// Reads every table of a database into <see cref="TableFingerprint"/>s, to tell whether two databases hold the same
/// record. PostgreSQL renders each row as text itself (<c>t::text</c>); SQLite's five storage classes are rendered
/// here. Rows are sorted by that text, which orders them by content whatever their physical order or key.
/// </summary>
public static class DatabaseFingerprint
{
    public static async Task<IReadOnlyList<TableFingerprint>> ReadAsync(DbConnection connection, bool postgres)
    {
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = postgres
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var fingerprints = new List<TableFingerprint>();
        foreach (var table in tables)
        {
            var rows = await RowsAsync(connection, table, postgres);
            rows.Sort(StringComparer.Ordinal);
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', rows)));
            fingerprints.Add(new(table, rows.Count, Convert.ToHexStringLower(hash)));
        }
        return fingerprints;
    }

    private static async Task<List<string>> RowsAsync(DbConnection connection, string table, bool postgres)
    {
        await using var select = connection.CreateCommand();
        select.CommandText = postgres ? $"SELECT t::text FROM \"{table}\" t" : $"SELECT * FROM \"{table}\"";
        await using var reader = await select.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(postgres
                ? reader.GetString(0)
                : string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Canonical(reader.GetValue(i)))));
        }
        return rows;
    }

    private static string Canonical(object value) => value switch
    {
        DBNull => "NULL",
        byte[] bytes => "x" + Convert.ToHexString(bytes),
        string text => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
