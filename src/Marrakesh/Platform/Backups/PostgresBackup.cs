using System.Data;
using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Marrakesh.Platform.Backups;

/// <summary>
/// A PostgreSQL backup is <c>pg_dump</c>'s custom format (<c>-Fc</c>: compressed, restored selectively and in any
/// order by <c>pg_restore</c>), without owners or grants so it restores under any role. The dump reads a snapshot the
/// app exported from its own transaction, in which it also counts the rows: the report matches the file exactly while
/// the server keeps writing.
/// </summary>
internal static class PostgresBackup
{
    private static readonly byte[] CustomFormatMagic = "PGDMP"u8.ToArray();

    public static async Task<BackupReport> BackupAsync(string connectionString, string file, CancellationToken cancellationToken)
    {
        var partial = $"{file}.{Guid.NewGuid():N}.partial";
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var snapshot = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            await using var export = new NpgsqlCommand("SELECT pg_export_snapshot()", connection, snapshot);
            var id = (string)(await export.ExecuteScalarAsync(cancellationToken))!;
            var tables = await TableCensus.CountAsync(connection, postgres: true, cancellationToken, snapshot);
            await PostgresTools.RunAsync("pg_dump", connectionString,
                ["--format=custom", "--no-owner", "--no-privileges", $"--snapshot={id}", $"--file={partial}"], cancellationToken);
            await snapshot.CommitAsync(cancellationToken);
            File.Move(partial, file, overwrite: true);
            return new BackupReport(file, new FileInfo(file).Length, tables);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    public static async Task<BackupReport> RestoreAsync(
        string connectionString, string file, IReadOnlySet<string> knownMigrations, AppDbContext db, CancellationToken cancellationToken)
    {
        await RequireMarrakeshBackupAsync(connectionString, file, knownMigrations, cancellationToken);
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            await creator.CreateAsync(cancellationToken);
        }
        // --clean --if-exists replaces what the backup holds; --single-transaction puts all of it back or none.
        await PostgresTools.RunAsync("pg_restore", connectionString,
            ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error",
             $"--dbname={new NpgsqlConnectionStringBuilder(connectionString).Database}", file], cancellationToken);
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return new BackupReport(file, new FileInfo(file).Length, await TableCensus.CountAsync(connection, postgres: true, cancellationToken));
    }

    private static async Task RequireMarrakeshBackupAsync(string connectionString, string file, IReadOnlySet<string> knownMigrations, CancellationToken cancellationToken)
    {
        var start = new byte[CustomFormatMagic.Length];
        await using (var stream = File.OpenRead(file))
        {
            await stream.ReadAtLeastAsync(start, start.Length, throwOnEndOfStream: false, cancellationToken);
        }
        if (!start.AsSpan().SequenceEqual(CustomFormatMagic))
        {
            throw new BackupRefusedException($"{file} is not a pg_dump archive in custom format (marrakesh backup writes one); the database was not changed.");
        }
        string history;
        try
        {
            // The migration history's rows, as the COPY text pg_restore would load.
            history = await PostgresTools.RunAsync("pg_restore", connectionString,
                ["--data-only", "--table=__EFMigrationsHistory", "--file=-", file], cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            throw new BackupRefusedException($"{file} cannot be read by pg_restore ({e.Message}); the database was not changed.");
        }
        DatabaseBackup.RequireKnownMigrations(file, CopiedRows(history).Select(row => row.Split('\t')[0]), knownMigrations);
    }

    private static IEnumerable<string> CopiedRows(string script)
    {
        var inCopy = false;
        foreach (var line in script.Split('\n'))
        {
            if (line.StartsWith("COPY ", StringComparison.Ordinal))
            {
                inCopy = true;
            }
            else if (line == "\\.")
            {
                inCopy = false;
            }
            else if (inCopy && line.Length > 0)
            {
                yield return line;
            }
        }
    }
}
