using System.Data.Common;
using System.Globalization;

namespace Marrakesh.Platform.Backups;

/// <summary>Counts the rows of every table of a database, for the backup and restore reports.</summary>
internal static class TableCensus
{
    private const string SqliteTables =
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name";

    private const string PostgresTables =
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name";

    public static async Task<IReadOnlyList<TableRows>> CountAsync(DbConnection connection, bool postgres, CancellationToken cancellationToken, DbTransaction? transaction = null)
    {
        var tables = new List<string>();
        await using (var list = Command(connection, transaction, postgres ? PostgresTables : SqliteTables))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }
        var counted = new List<TableRows>(tables.Count);
        foreach (var table in tables)
        {
            await using var count = Command(connection, transaction, $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
            counted.Add(new(table, Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture)));
        }
        return counted;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
