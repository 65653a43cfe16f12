using Microsoft.Data.Sqlite;

namespace Marrakesh.Platform.Backups;

/// <summary>
/// SQLite's online backup API copies the database page by page inside one read transaction, so the copy is the
/// database as of one moment even while the server writes (in WAL mode writers are not held up). Restoring runs the
/// same API the other way: the whole copy lands in one write transaction, so a failure leaves the old database whole,
/// and SQLite itself looks after the -wal and -shm files that a file copy would leave stale.
/// </summary>
internal static class SqliteBackup
{
    public static async Task<BackupReport> BackupAsync(string connectionString, string file, CancellationToken cancellationToken)
    {
        var database = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (!File.Exists(database))
        {
            throw new BackupRefusedException($"There is no database at {database}.");
        }
        // Written beside the destination and renamed when complete: a half-written backup never carries its name.
        var partial = $"{file}.{Guid.NewGuid():N}.partial";
        try
        {
            await using (var source = Open(database, SqliteOpenMode.ReadWrite))
            await using (var copy = Open(partial, SqliteOpenMode.ReadWriteCreate))
            {
                await source.OpenAsync(cancellationToken);
                await copy.OpenAsync(cancellationToken);
                source.BackupDatabase(copy);
                // One self-contained file, without a -wal beside it.
                await ExecuteAsync(copy, "PRAGMA journal_mode = DELETE", cancellationToken);
            }
            var tables = await CensusAsync(partial, cancellationToken);
            File.Move(partial, file, overwrite: true);
            return new BackupReport(file, new FileInfo(file).Length, tables);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    public static async Task<BackupReport> RestoreAsync(string connectionString, string file, IReadOnlySet<string> knownMigrations, CancellationToken cancellationToken)
    {
        await using var backup = Open(file, SqliteOpenMode.ReadOnly);
        await RequireMarrakeshBackupAsync(backup, file, knownMigrations, cancellationToken);
        var database = new SqliteConnectionStringBuilder(connectionString).DataSource;
        await using (var target = Open(database, SqliteOpenMode.ReadWriteCreate))
        {
            await target.OpenAsync(cancellationToken);
            backup.BackupDatabase(target);
        }
        // Pooled connections of this process were opened on the old content.
        SqliteConnection.ClearAllPools();
        return new BackupReport(file, new FileInfo(file).Length, await CensusAsync(database, cancellationToken));
    }

    private static async Task RequireMarrakeshBackupAsync(SqliteConnection backup, string file, IReadOnlySet<string> knownMigrations, CancellationToken cancellationToken)
    {
        List<string> applied;
        try
        {
            await backup.OpenAsync(cancellationToken);
            var check = await ScalarAsync(backup, "PRAGMA quick_check", cancellationToken);
            if (check != "ok")
            {
                throw new BackupRefusedException($"{file} is a damaged SQLite database ({check}); the database was not changed.");
            }
            if (await ScalarAsync(backup, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'", cancellationToken) is null)
            {
                throw new BackupRefusedException($"{file} is an SQLite database but not a Marrakesh backup (it has no migration history); the database was not changed.");
            }
            applied = await ListAsync(backup, "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"", cancellationToken);
        }
        catch (SqliteException e)
        {
            throw new BackupRefusedException($"{file} is not an SQLite backup of Marrakesh ({e.Message}); the database was not changed.");
        }
        DatabaseBackup.RequireKnownMigrations(file, applied, knownMigrations);
    }

    private static async Task<IReadOnlyList<TableRows>> CensusAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = Open(database, SqliteOpenMode.ReadOnly);
        await connection.OpenAsync(cancellationToken);
        return await TableCensus.CountAsync(connection, postgres: false, cancellationToken);
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync(cancellationToken))?.ToString();
    }

    private static async Task<List<string>> ListAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }
}
