using Microsoft.Data.Sqlite;

namespace Marrakesh.Platform.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>
/// Reads the one storage setting, <c>MARRAKESH_DB</c>: an SQLite file path (the default,
/// <c>./data/marrakesh.db</c>) or a PostgreSQL connection string (<c>Host=...;Database=...</c> or <c>Server=...</c>).
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool AutoMigrate)
{
    public const string Variable = "MARRAKESH_DB";
    public const string AutoMigrateVariable = "MARRAKESH_AUTO_MIGRATE";
    public const string DefaultPath = "./data/marrakesh.db";

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var value = configuration[Variable];
        if (string.IsNullOrWhiteSpace(value))
        {
            value = DefaultPath;
        }
        var provider = LooksLikePostgres(value) ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var connectionString = provider == DatabaseProvider.Postgres ? value : SqliteConnectionString(value);
        // The embedded default migrates itself; production PostgreSQL runs `marrakesh migrate` on deploy.
        var autoMigrate = configuration.GetValue(AutoMigrateVariable, provider == DatabaseProvider.Sqlite);
        return new DatabaseSettings(provider, connectionString, autoMigrate);
    }

    private static bool LooksLikePostgres(string value) =>
        value.Contains("Host=", StringComparison.OrdinalIgnoreCase)
        || value.Contains("Server=", StringComparison.OrdinalIgnoreCase);

    private static string SqliteConnectionString(string value)
    {
        if (value.Contains('=', StringComparison.Ordinal))
        {
            return value; // already a connection string, e.g. "Data Source=...;Cache=Shared"
        }
        var path = Path.GetFullPath(value);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
    }

    /// <summary>The connection string with any password masked, for logs and messages.</summary>
    public string Describe() => Provider == DatabaseProvider.Sqlite
        ? $"SQLite {new SqliteConnectionStringBuilder(ConnectionString).DataSource}"
        : $"PostgreSQL {new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString) { Password = null }}";
}
