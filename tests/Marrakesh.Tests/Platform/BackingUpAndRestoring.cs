using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Marrakesh.Tests.Fund;
using Marrakesh.Tests.Infrastructure;
using Marrakesh.Tests.Knowledge;
using Xunit.Abstractions;

namespace Marrakesh.Tests.Platform;

public sealed partial class BackingUpAndRestoring(MarrakeshApp app, ITestOutputHelper log) : IClassFixture<MarrakeshApp>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("marrakesh-backup-").FullName;

    [Fact]
    public async Task A_backup_restored_into_a_fresh_database_holds_every_table_row_for_row()
    {
        var pledge = await PopulateAsync();
        var file = Path.Combine(folder, "marrakesh.backup");
        var source = await app.Database.FingerprintAsync();

        var restoredApp = MarrakeshApp.On(new TestDatabase());
        try
        {
            var backup = await app.RunCliAsync("backup", file);
            var restore = await app.RunCliOnAsync(restoredApp.Database, "restore", file);

            backup.ShouldSucceed();
            restore.ShouldSucceed();
            var restored = await restoredApp.Database.FingerprintAsync();
            Assert.Equal(source.Select(t => t.Table), restored.Select(t => t.Table));
            Assert.All(source.Zip(restored), pair => Assert.Equal(pair.First, pair.Second));
            Assert.All(["fund_contributions", "fund_ledger_entries", "commitments_pledges", "knowledge_practices", "platform_audit_entries"],
                table => Assert.True(source.Single(t => t.Table == table).Rows > 0, $"{table} should hold rows"));
            Assert.Equal(ReportedRows(backup.Output), ReportedRows(restore.Output));
            log.WriteLine($"{(app.Database.IsPostgres ? "PostgreSQL" : "SQLite")}: {source.Count} tables, {source.Sum(t => t.Rows)} rows compared, " +
                $"{source.Zip(restored).Count(p => p.First != p.Second)} differences; {backup.Output.Trim()}");

            // The restored database serves the record.
            await restoredApp.InitializeAsync();
            await (await restoredApp.CreateClient().GetAsync($"/api/pledges/{pledge}")).ShouldBeJsonAsync();
        }
        finally
        {
            await ((IAsyncLifetime)restoredApp).DisposeAsync();
        }
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    public async Task A_file_that_is_not_a_whole_backup_is_refused_and_the_database_is_left_as_it_was(string kind)
    {
        await PopulateAsync();
        var file = Path.Combine(folder, $"{kind}.backup");
        if (kind == "garbage")
        {
            await File.WriteAllTextAsync(file, "This is a shopping list, not a backup.\n" + new string('x', 10_000));
        }
        else
        {
            (await app.RunCliAsync("backup", file)).ShouldSucceed();
            var whole = await File.ReadAllBytesAsync(file);
            await File.WriteAllBytesAsync(file, whole[..(whole.Length / 2)]);
        }
        var before = await app.Database.FingerprintAsync();

        var restore = await app.RunCliAsync("restore", file);

        Assert.Equal(1, restore.ExitCode);
        Assert.StartsWith("error: ", restore.Error);
        Assert.Equal(before, await app.Database.FingerprintAsync());
        log.WriteLine(restore.Error.Trim());
    }

    [Fact]
    public async Task A_backup_taken_while_deposits_are_posted_is_a_consistent_copy()
    {
        var desk = await FundDesk.OpenAsync(app);
        var before = await app.Database.CountAsync("fund_contributions");
        var posted = 0;
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await desk.DepositAsync(10.01m, "thematic:3");
                Interlocked.Increment(ref posted);
            }
        })).ToList();
        while (Volatile.Read(ref posted) < 20)
        {
            await Task.Delay(10);
        }
        var file = Path.Combine(folder, "busy.backup");

        var backup = await app.RunCliAsync("backup", file);
        var postedDuringBackup = Volatile.Read(ref posted);
        await stop.CancelAsync();
        await Task.WhenAll(writers);
        var restoredApp = MarrakeshApp.On(new TestDatabase());
        try
        {
            (await app.RunCliOnAsync(restoredApp.Database, "restore", file)).ShouldSucceed();
            await restoredApp.InitializeAsync();

            backup.ShouldSucceed();
            var copied = await restoredApp.Database.CountAsync("fund_contributions");
            Assert.InRange(copied, before + 20, before + posted);
            await new FundDesk(restoredApp.CreateClient()).ShouldHoldInvariantsAsync();
            log.WriteLine($"{copied} deposits in the copy; {postedDuringBackup} acknowledged when the backup ended, {posted} in all");
        }
        finally
        {
            await ((IAsyncLifetime)restoredApp).DisposeAsync();
        }
    }

    /// <summary>A little of several modules' record, written through the API: a pledge, the fund's money, a practice.</summary>
    private async Task<string> PopulateAsync()
    {
        var (stakeholder, _) = await app.ClientAsAsync("stakeholder", organisation: "Backup Test Network");
        var pledge = await (await stakeholder.PostAsJsonAsync("/api/pledges", new
        {
            actorType = "civil-society", form = "policy", jointType = "individual", objectives = new[] { 3, 7 },
            narrative = string.Concat(Enumerable.Repeat("We will train frontline staff on migrants' rights, in Arabic and French. ", 6)),
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var desk = await FundDesk.OpenAsync(app);
        await desk.DepositAsync(250_000.55m, "country:MAR");
        var programme = await desk.ApprovedProgrammeAsync("MAR");
        await (await desk.AllocateAsync(programme, 100_000m)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var (author, _) = await app.StakeholderAsync();
        await author.SubmitAsync(PracticeDesk.Practice(("title", "Légal aid desks — مكاتب المساعدة القانونية")));
        return pledge.GetProperty("id").GetString()!;
    }

    private static long ReportedRows(string output) =>
        long.Parse(RowsReported().Match(output).Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"([\d,]+) rows")]
    private static partial Regex RowsReported();

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
