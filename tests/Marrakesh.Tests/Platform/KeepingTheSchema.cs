using System.Runtime.CompilerServices;
using Marrakesh.Cli;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Platform;

/// <summary>
/// The migrations build exactly the schema recorded in <c>Schema/sqlite.txt</c> and <c>Schema/postgres.txt</c>.
/// Those files were first written from the chain of migrations that the single initial migration replaced (ADR 0012),
/// so this test is what proved the squash changed nothing; it now shows every schema change in review. After adding a
/// migration on purpose, run the suite once with MARRAKESH_WRITE_SCHEMA=1 on each database and commit the new file.
/// </summary>
public sealed class KeepingTheSchema : IAsyncLifetime
{
    private readonly TestDatabase database = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task The_migrations_build_the_recorded_schema()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(["migrate"], output, error,
            new Dictionary<string, string?> { ["MARRAKESH_DB"] = database.ConnectionString });
        Assert.True(code == 0, error.ToString());

        var actual = await SchemaDump.OfAsync(database);
        var recorded = RecordedSchemaPath(database.IsPostgres ? "postgres" : "sqlite");
        if (Environment.GetEnvironmentVariable("MARRAKESH_WRITE_SCHEMA") == "1")
        {
            await File.WriteAllTextAsync(recorded, actual);
        }

        var expected = await File.ReadAllTextAsync(recorded);
        var missing = expected.Split('\n').Except(actual.Split('\n')).ToList();
        var unexpected = actual.Split('\n').Except(expected.Split('\n')).ToList();
        Assert.True(missing.Count == 0 && unexpected.Count == 0,
            $"The schema differs from {recorded}.\nMissing:\n  {string.Join("\n  ", missing)}\nUnexpected:\n  {string.Join("\n  ", unexpected)}");
        Assert.Contains("fund_ledger_entries", expected, StringComparison.Ordinal);
    }

    private static string RecordedSchemaPath(string provider, [CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "Schema", $"{provider}.txt");
}
