using System.Data.Common;
using Marrakesh.Platform.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Marrakesh.Platform.Freshness;

/// <summary>Connections of their own, beside any request's context, for the listener and the leases.</summary>
internal static class DatabaseConnections
{
    public static async Task<DbConnection> OpenAsync(DatabaseSettings settings, CancellationToken cancellationToken)
    {
        DbConnection connection = settings.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(settings.ConnectionString)
            : new SqliteConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public static void Add(this DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
