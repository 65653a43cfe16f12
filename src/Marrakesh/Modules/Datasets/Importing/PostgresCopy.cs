using Npgsql;
using NpgsqlTypes;

namespace Marrakesh.Modules.Datasets.Importing;

/// <summary>
/// PostgreSQL: the figures go in by binary COPY, on the import's connection and so inside its transaction. Fields are
/// written with the synchronous calls: they only copy into Npgsql's buffer (a flush now and then goes over the local
/// socket), and an awaited call per field cost more than the copying. A table the file has no figures for is skipped.
/// </summary>
internal static class PostgresCopy
{
    public static async Task WriteAsync(NpgsqlConnection connection, Guid importId, ParsedDataset parsed, CancellationToken cancellationToken)
    {
        await CopyAsync(connection, FigureTables.Stock, [.. parsed.StockSeries(importId)], cancellationToken);
        await CopyAsync(connection, FigureTables.Corridors, [.. parsed.CorridorRows(importId)], cancellationToken);
        await CopyAsync(connection, FigureTables.Indicators, [.. parsed.IndicatorTables(importId)], cancellationToken);
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, FigureTable<T> table, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }
        var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
        await using var copy = await connection.BeginBinaryImportAsync($"COPY {table.Name} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            copy.StartRow();
            foreach (var column in table.Columns)
            {
                copy.Write(column.Value(row), TypeOf(column.Type));
            }
        }
        await copy.CompleteAsync(cancellationToken);
    }

    private static NpgsqlDbType TypeOf(FigureColumnType type) => type switch
    {
        FigureColumnType.ImportId => NpgsqlDbType.Uuid,
        FigureColumnType.Key => NpgsqlDbType.Varchar,
        FigureColumnType.Number => NpgsqlDbType.Integer,
        FigureColumnType.Flag => NpgsqlDbType.Boolean,
        _ => NpgsqlDbType.Text,
    };
}
