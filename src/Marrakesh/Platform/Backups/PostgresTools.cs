using System.Diagnostics;
using Npgsql;

namespace Marrakesh.Platform.Backups;

/// <summary>
/// Runs PostgreSQL's own client programs (<c>pg_dump</c>, <c>pg_restore</c>). The connection details go through the
/// libpq environment variables, never the command line, where other users of the machine could read the password.
/// </summary>
internal static class PostgresTools
{
    public static string Find(string program)
    {
        // The newest installed version first: pg_restore reads archives of its own and older versions.
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0, Path: Path.Combine(d, "bin", program)))
                .Where(c => File.Exists(c.Path)).OrderByDescending(c => c.Version).Select(c => c.Path)
            : [];
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, program)).Where(File.Exists);
        return installed.Concat(onPath).FirstOrDefault()
            ?? throw new BackupRefusedException(
                $"{program} was not found on PATH or under /usr/lib/postgresql/*/bin. Install PostgreSQL's client programs " +
                "(Debian: apt-get install postgresql-client) in a version at least that of the server.");
    }

    /// <summary>Runs a program to completion; returns its standard output, or throws with its error output.</summary>
    public static async Task<string> RunAsync(string program, string connectionString, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Find(program))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in LibpqEnvironment(connectionString).Where(v => v.Value is not null))
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} could not be started.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed (exit code {process.ExitCode}): {(await error).Trim()}");
        }
        return await output;
    }

    /// <summary>The libpq variables that say what the Npgsql connection string says.</summary>
    internal static IEnumerable<(string Name, string? Value)> LibpqEnvironment(string connectionString)
    {
        var c = new NpgsqlConnectionStringBuilder(connectionString);
        yield return ("PGHOST", c.Host);
        yield return ("PGPORT", c.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return ("PGUSER", c.Username);
        yield return ("PGPASSWORD", c.Password);
        yield return ("PGDATABASE", c.Database);
        yield return ("PGSSLMODE", c.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        });
        yield return ("PGAPPNAME", "marrakesh-backup");
    }
}
