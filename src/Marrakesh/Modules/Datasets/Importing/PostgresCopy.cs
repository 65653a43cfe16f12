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
        await CopyAsync(connection, "datasets_stock_series (\"ImportId\", \"Measure\", \"Location\", \"IsAggregate\", \"Points\")",
            [.. parsed.StockSeries(importId)], (copy, v) =>
            {
                copy.Write(importId, NpgsqlDbType.Uuid);
                copy.Write(v.Measure, NpgsqlDbType.Varchar);
                copy.Write(v.Location, NpgsqlDbType.Varchar);
                copy.Write(v.IsAggregate, NpgsqlDbType.Boolean);
                copy.Write(v.Points, NpgsqlDbType.Text);
            }, cancellationToken);
        await CopyAsync(connection, "datasets_corridor_rows (\"ImportId\", \"Year\", \"Origin\", \"OriginIsAggregate\", \"Destinations\", \"AggregateDestinations\")",
            [.. parsed.CorridorRows(importId)], (copy, v) =>
            {
                copy.Write(importId, NpgsqlDbType.Uuid);
                copy.Write(v.Year, NpgsqlDbType.Integer);
                copy.Write(v.Origin, NpgsqlDbType.Varchar);
                copy.Write(v.OriginIsAggregate, NpgsqlDbType.Boolean);
                copy.Write(v.Destinations, NpgsqlDbType.Text);
                copy.Write(v.AggregateDestinations, NpgsqlDbType.Text);
            }, cancellationToken);
        await CopyAsync(connection, "datasets_indicator_tables (\"ImportId\", \"Indicator\", \"Places\", \"AggregatePlaces\")",
            [.. parsed.IndicatorTables(importId)], (copy, v) =>
            {
                copy.Write(importId, NpgsqlDbType.Uuid);
                copy.Write(v.Indicator, NpgsqlDbType.Varchar);
                copy.Write(v.Places, NpgsqlDbType.Text);
                copy.Write(v.AggregatePlaces, NpgsqlDbType.Text);
            }, cancellationToken);
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string table, IReadOnlyList<T> rows, Action<NpgsqlBinaryImporter, T> write, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }
        await using var copy = await connection.BeginBinaryImportAsync($"COPY {table} FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            copy.StartRow();
            write(copy, row);
        }
        await copy.CompleteAsync(cancellationToken);
    }
}
