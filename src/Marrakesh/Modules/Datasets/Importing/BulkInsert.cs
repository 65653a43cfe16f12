using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Marrakesh.Modules.Datasets.Importing;

/// <summary>
/// Writes tens of thousands of figures inside the import's transaction: binary COPY on PostgreSQL, one prepared
/// INSERT reused per row on SQLite. Going through the change tracker would take many times longer for rows the
/// audit trail skips anyway (the import row attributes them).
/// </summary>
internal static class BulkInsert
{
    public static async Task WriteAsync(DbContext db, Guid importId, ParsedDataset parsed, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Figures are written inside the import's transaction.");
        if (connection is NpgsqlConnection npgsql)
        {
            await CopyAsync(npgsql, importId, parsed, cancellationToken);
            return;
        }
        await InsertAsync(connection, transaction, "datasets_migrant_stock", ["ImportId", "Measure", "Location", "IsAggregate", "Year", "Sex", "Value"],
            parsed.Stock.Select(v => new object[] { importId, v.Measure, v.Location, v.IsAggregate, v.Year, v.Sex, v.Value }), cancellationToken);
        await InsertAsync(connection, transaction, "datasets_corridors", ["ImportId", "Kind", "Year", "Origin", "Destination", "OriginIsAggregate", "DestinationIsAggregate", "Value"],
            parsed.Corridors.Select(v => new object[] { importId, v.Kind, v.Year, v.Origin, v.Destination, v.OriginIsAggregate, v.DestinationIsAggregate, v.Value }), cancellationToken);
        await InsertAsync(connection, transaction, "datasets_indicator_values", ["ImportId", "Indicator", "Location", "IsAggregate", "Year", "Value"],
            parsed.Indicators.Select(v => new object[] { importId, v.Indicator, v.Location, v.IsAggregate, v.Year, v.Value }), cancellationToken);
    }

    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, string table, string[] columns,
        IEnumerable<object[]> rows, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // table and column names are constants of this class, values are parameters
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
#pragma warning restore CA2100
        var parameters = columns.Select((_, i) =>
        {
            var p = command.CreateParameter();
            p.ParameterName = $"@p{i}";
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                // EF Core's SQLite provider stores Guids as upper-case text; raw parameters must match it.
                parameters[i].Value = row[i] is Guid g ? g.ToString().ToUpperInvariant() : row[i];
            }
            command.ExecuteNonQuery(); // SQLite runs in-process: the async form would only add a task per row
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, Guid importId, ParsedDataset parsed, CancellationToken cancellationToken)
    {
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY datasets_migrant_stock (\"ImportId\", \"Measure\", \"Location\", \"IsAggregate\", \"Year\", \"Sex\", \"Value\") FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var v in parsed.Stock)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(importId, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(v.Measure, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(v.Location, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(v.IsAggregate, NpgsqlDbType.Boolean, cancellationToken);
                await copy.WriteAsync(v.Year, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(v.Sex, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(v.Value, NpgsqlDbType.Double, cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
        }
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY datasets_corridors (\"ImportId\", \"Kind\", \"Year\", \"Origin\", \"Destination\", \"OriginIsAggregate\", \"DestinationIsAggregate\", \"Value\") FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var v in parsed.Corridors)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(importId, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(v.Kind, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(v.Year, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(v.Origin, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(v.Destination, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(v.OriginIsAggregate, NpgsqlDbType.Boolean, cancellationToken);
                await copy.WriteAsync(v.DestinationIsAggregate, NpgsqlDbType.Boolean, cancellationToken);
                await copy.WriteAsync(v.Value, NpgsqlDbType.Double, cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
        }
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY datasets_indicator_values (\"ImportId\", \"Indicator\", \"Location\", \"IsAggregate\", \"Year\", \"Value\") FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var v in parsed.Indicators)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(importId, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(v.Indicator, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(v.Location, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(v.IsAggregate, NpgsqlDbType.Boolean, cancellationToken);
                await copy.WriteAsync(v.Year, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(v.Value, NpgsqlDbType.Double, cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
        }
    }
}
