using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Platform.Backups;

/// <summary>What a backup holds, or what a restore put back: each table with its rows, and the file's size.</summary>
public sealed record BackupReport(string File, long Bytes, IReadOnlyList<TableRows> Tables)
{
    public long Rows => Tables.Sum(t => t.Rows);
}

public sealed record TableRows(string Table, long Rows);

/// <summary>
/// <c>marrakesh backup FILE</c> and <c>marrakesh restore FILE</c> for the configured database: SQLite through its
/// online backup API, PostgreSQL through <c>pg_dump</c> and <c>pg_restore</c>. A backup is written beside its
/// destination and renamed into place only when complete; a restore checks the file is a Marrakesh backup this
/// version can read before it touches the database, and puts it back in one transaction.
/// </summary>
internal sealed class DatabaseBackup(DatabaseSettings settings, AppDbContext db)
{
    public Task<BackupReport> BackupAsync(string file, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(file);
        if (!Directory.Exists(Path.GetDirectoryName(path)))
        {
            throw new BackupRefusedException($"The folder of {path} does not exist.");
        }
        return settings.Provider == DatabaseProvider.Sqlite
            ? SqliteBackup.BackupAsync(settings.ConnectionString, path, cancellationToken)
            : PostgresBackup.BackupAsync(settings.ConnectionString, path, cancellationToken);
    }

    public Task<BackupReport> RestoreAsync(string file, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(file);
        if (!File.Exists(path))
        {
            throw new BackupRefusedException($"{path} does not exist; the database was not changed.");
        }
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        return settings.Provider == DatabaseProvider.Sqlite
            ? SqliteBackup.RestoreAsync(settings.ConnectionString, path, known, cancellationToken)
            : PostgresBackup.RestoreAsync(settings.ConnectionString, path, known, db, cancellationToken);
    }

    /// <summary>Refuses a file whose schema came from migrations this version does not have (a newer Marrakesh).</summary>
    internal static void RequireKnownMigrations(string path, IEnumerable<string> applied, IReadOnlySet<string> known)
    {
        var list = applied.ToList();
        if (list.Count == 0)
        {
            throw new BackupRefusedException($"{path} holds no Marrakesh schema (its migration history is empty); the database was not changed.");
        }
        if (list.FirstOrDefault(m => !known.Contains(m)) is { } unknown)
        {
            throw new BackupRefusedException($"{path} was made by a newer version of Marrakesh (migration {unknown} is unknown here); restore it with that version. The database was not changed.");
        }
    }
}

/// <summary>A backup or restore that cannot be done as asked; the database was not changed.</summary>
public sealed class BackupRefusedException(string reason) : InvalidOperationException(reason);
