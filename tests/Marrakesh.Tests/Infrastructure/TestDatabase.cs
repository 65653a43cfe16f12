using Microsoft.Data.Sqlite;
using Npgsql;

namespace Marrakesh.Tests.Infrastructure;

/// <summary>
/// A throw-away database for one test class: an SQLite file by default, or a fresh PostgreSQL
/// database when MARRAKESH_TEST_POSTGRES holds a server connection string (as .ci/run sets it).
/// The app creates the schema by running its migrations.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "MARRAKESH_TEST_POSTGRES";

    private readonly string? sqlitePath;
    private readonly string? postgresServer;
    private readonly string? postgresName;

    public TestDatabase()
    {
        postgresServer = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(postgresServer))
        {
            postgresServer = null;
            sqlitePath = Path.Combine(Path.GetTempPath(), $"marrakesh-test-{Guid.NewGuid():N}.db");
            ConnectionString = new SqliteConnectionStringBuilder { DataSource = sqlitePath, Pooling = false }.ToString();
        }
        else
        {
            postgresName = $"marrakesh_test_{Guid.NewGuid():N}"[..32];
            // Test classes run in parallel against one server: a small pool per class keeps them under its connection limit.
            ConnectionString = new NpgsqlConnectionStringBuilder(postgresServer) { Database = postgresName, MaxPoolSize = 20 }.ToString();
        }
    }

    /// <summary>What MARRAKESH_DB is set to for the app under test.</summary>
    public string ConnectionString { get; }

    public bool IsPostgres => postgresServer is not null;

    /// <summary>
    /// Runs SQL directly against the database, bypassing the app (to prove what the database itself enforces, or to
    /// plant a value older rules let in); parameters are named <c>@name</c> on both databases.
    /// </summary>
    public async Task<int> ExecuteRawAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Counts rows straight from the database; <paramref name="table"/> may carry a WHERE clause.</summary>
    public async Task<long> CountAsync(string table)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Every table's row count and content checksum (see <see cref="DatabaseFingerprint"/>).</summary>
    public async Task<IReadOnlyList<TableFingerprint>> FingerprintAsync()
    {
        await using var connection = await OpenAsync();
        return await DatabaseFingerprint.ReadAsync(connection, IsPostgres);
    }

    /// <summary>Runs a query that answers one number, straight against the database.</summary>
    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a query that answers one text, straight against the database.</summary>
    public async Task<string> ScalarTextAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    /// <summary>The number of rows in every table, in one round trip: a fingerprint of everything stored.</summary>
    public async Task<IReadOnlyDictionary<string, long>> CountEveryTableAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = IsPostgres
            ? "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        command.CommandText = string.Join(" UNION ALL ", tables.Select((t, i) => $"SELECT {i}, COUNT(*) FROM \"{t}\""));
        var counts = new Dictionary<string, long>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                counts[tables[Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)]] = reader.GetInt64(1);
            }
        }
        return counts;
    }

    /// <summary>
    /// An outage as the app sees it: no new connection gets through (PostgreSQL refuses them and ends the open ones;
    /// the SQLite file is gone). Disposing still drops the database.
    /// </summary>
    public async Task CloseToEveryoneAsync()
    {
        if (sqlitePath is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { sqlitePath, sqlitePath + "-wal", sqlitePath + "-shm" })
            {
                File.Delete(file);
            }
            return;
        }
        await using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgresServer) { Database = "postgres" }.ToString());
        await server.OpenAsync();
        await using var close = new NpgsqlCommand(
            $"ALTER DATABASE {postgresName} WITH ALLOW_CONNECTIONS false; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{postgresName}'", server);
        await close.ExecuteNonQueryAsync();
    }

    /// <summary>An open connection of the test's own, beside the app's.</summary>
    public async Task<System.Data.Common.DbConnection> OpenAsync()
    {
        System.Data.Common.DbConnection connection = IsPostgres ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        if (sqlitePath is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { sqlitePath, sqlitePath + "-wal", sqlitePath + "-shm" })
            {
                File.Delete(file);
            }
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgresServer) { Database = "postgres" }.ToString());
        await server.OpenAsync();
        // A plain DROP stops an autovacuum worker busy in the database (WITH (FORCE) may not signal it: it belongs to
        // the superuser); FORCE is the fallback for a connection of our own role left behind.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var force = attempt > 1 ? " WITH (FORCE)" : "";
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresName}{force}", server);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException) when (attempt < 4)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500 * attempt));
            }
        }
    }
}
