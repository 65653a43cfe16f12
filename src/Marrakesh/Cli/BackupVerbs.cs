using System.CommandLine;
using System.Globalization;
using Marrakesh.Platform.Backups;
using Marrakesh.Platform.Data;

namespace Marrakesh.Cli;

/// <summary><c>backup FILE</c> and <c>restore FILE</c>: the configured database to a file and back.</summary>
internal sealed class BackupVerbs(CliHost host, TextWriter output)
{
    public Command Backup()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Where to write the backup; replaced if it exists." };
        var command = new Command("backup", "Back up the database while the server runs (SQLite: online backup API; PostgreSQL: pg_dump -Fc).") { file };
        command.SetAction((parse, ct) => host.RunOnAnySchemaAsync(async (services, ct) =>
        {
            var report = await services.GetRequiredService<DatabaseBackup>().BackupAsync(parse.GetValue(file)!.FullName, ct);
            await output.WriteLineAsync($"Backed up {services.GetRequiredService<DatabaseSettings>().Describe()} to {Summary(report)}");
            return 0;
        }, ct));
        return command;
    }

    public Command Restore()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A file written by marrakesh backup." };
        var command = new Command("restore", "Replace the database's content with a backup (stop the server first).") { file };
        command.SetAction((parse, ct) => host.RunOnAnySchemaAsync(async (services, ct) =>
        {
            var report = await services.GetRequiredService<DatabaseBackup>().RestoreAsync(parse.GetValue(file)!.FullName, ct);
            await output.WriteLineAsync($"Restored {services.GetRequiredService<DatabaseSettings>().Describe()} from {Summary(report)}");
            return 0;
        }, ct));
        return command;
    }

    private static string Summary(BackupReport report) => string.Create(CultureInfo.InvariantCulture,
        $"{report.File}: {report.Tables.Count} tables, {report.Rows:N0} rows, {report.Bytes:N0} bytes.");
}
