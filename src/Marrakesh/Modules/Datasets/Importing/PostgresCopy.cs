using Npgsql;
using NpgsqlTypes;

namespace Marrakesh.Modules.Datasets.Importing;

/// <summary>PostgreSQL: the figures go in by binary COPY, on the import's connection and so inside its transaction.</summary>
internal static class PostgresCopy
{
    public static async Task WriteAsync(NpgsqlConnection connection, Guid importId, ParsedDataset parsed, CancellationToken cancellationToken)
    {
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY datasets_migrant_stock (\"ImportId\", \"Measure\", \"Location\", \"IsAggregate\", \"Year\", \"Sex\", \"Value\") FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var v in parsed.StockInKeyOrder())
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
            foreach (var v in parsed.CorridorsInKeyOrder())
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
            foreach (var v in parsed.IndicatorsInKeyOrder())
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
