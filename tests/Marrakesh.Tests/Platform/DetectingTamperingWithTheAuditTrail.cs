using Marrakesh.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Marrakesh.Tests.Platform;

/// <summary>
/// Someone with direct access to the database bypasses the append-only triggers and changes the record; <c>audit
/// verify</c> fails and names the entry. Each test breaks its chain for good, so each has an app and database of its own.
/// </summary>
public sealed class DetectingTamperingWithTheAuditTrail(ITestOutputHelper log) : IAsyncLifetime
{
    private readonly MarrakeshApp app = new();
    private HttpClient admin = null!;
    private long tampered;

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        admin = (await app.ClientAsAsync("admin")).Client;
        var tokenId = await admin.WriteSomethingAsync("to be tampered with");
        tampered = (await admin.CreationOfTokenAsync(tokenId)).GetProperty("id").GetInt64();
        await admin.WriteSomethingAsync("sealed after it");
        (await app.RunCliAsync("audit", "verify")).ShouldSucceed();
    }

    public async Task DisposeAsync() => await ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public async Task An_entry_changed_with_its_trigger_bypassed_is_named_as_changed()
    {
        await app.Database.ExecuteRawAsync(Bypassing("platform_audit_entries", "no_update") +
            $"UPDATE platform_audit_entries SET \"Actor\" = 'someone-else@example.org' WHERE \"Id\" = {tampered};");

        var verified = await VerifyAsync();

        Assert.Equal(1, verified.ExitCode);
        Assert.Contains($"entry {tampered}: entry changed", verified.Output, StringComparison.Ordinal);
        Assert.Single(Lines(verified.Output));
        Assert.Contains("broken in 1 place", verified.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_entry_is_named_as_missing()
    {
        var sql = app.Database.IsPostgres
            ? "ALTER TABLE platform_audit_chain DROP CONSTRAINT \"FK_platform_audit_chain_platform_audit_entries_EntryId\";"
            : "PRAGMA foreign_keys = OFF;";
        await app.Database.ExecuteRawAsync(sql + Bypassing("platform_audit_entries", "no_delete") +
            $"DELETE FROM platform_audit_entries WHERE \"Id\" = {tampered};");

        var verified = await VerifyAsync();

        Assert.Equal(1, verified.ExitCode);
        Assert.Contains($"entry {tampered}: entry missing", verified.Output, StringComparison.Ordinal);
        Assert.Single(Lines(verified.Output));
    }

    [Fact]
    public async Task A_link_whose_hash_was_replaced_is_named_as_changed()
    {
        await app.Database.ExecuteRawAsync(Bypassing("platform_audit_chain", "no_update") +
            $"UPDATE platform_audit_chain SET \"Hash\" = '{new string('a', 64)}' WHERE \"EntryId\" = {tampered};");

        var verified = await VerifyAsync();

        Assert.Equal(1, verified.ExitCode);
        Assert.Contains($"entry {tampered}: link changed", verified.Output, StringComparison.Ordinal);
        Assert.Single(Lines(verified.Output));
    }

    [Fact]
    public async Task Writes_after_the_tampering_are_still_sealed_and_the_break_stays_named()
    {
        await app.Database.ExecuteRawAsync(Bypassing("platform_audit_entries", "no_update") +
            $"UPDATE platform_audit_entries SET \"After\" = NULL WHERE \"Id\" = {tampered};");
        var before = await app.CreateClient().HeadAsync();

        await admin.WriteSomethingAsync("after the tampering");
        var verified = await VerifyAsync();

        Assert.Equal(before.Count + 1, (await app.CreateClient().HeadAsync()).Count);
        Assert.Contains($"entry {tampered}: entry changed", verified.Output, StringComparison.Ordinal);
        Assert.Single(Lines(verified.Output));
    }

    /// <summary>What a person with the database's credentials can do: switch off the append-only trigger.</summary>
    private string Bypassing(string table, string sqliteTrigger) => app.Database.IsPostgres
        ? $"ALTER TABLE {table} DISABLE TRIGGER {table}_append_only;"
        : $"DROP TRIGGER {table}_{sqliteTrigger};";

    private async Task<CliResult> VerifyAsync()
    {
        var result = await app.RunCliAsync("audit", "verify");
        log.WriteLine(result.Output + result.Error);
        return result;
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
