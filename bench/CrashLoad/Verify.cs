using System.Data.Common;
using System.Text.Json;
using Marrakesh.Platform.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Marrakesh.Bench.CrashLoad;

/// <summary>
/// After a restart: every acknowledged deposit and pledge must be in the database exactly once, with the id the client
/// was given; an unanswered pledge at most once; an unanswered deposit, retried with its key, exactly once. Checks every
/// trial's journal so far, so a later crash that lost an earlier write would show too.
/// </summary>
internal sealed class Verify(HttpClient fund, string database)
{
    public async Task<int> RunAsync(string journals, string trial)
    {
        var all = Directory.GetFiles(journals, "*.jsonl").SelectMany(Journal.Read).ToList();
        var (replayed, retriedFresh, replayMismatch) = await RetryAsync(all.Where(a => a.Key.StartsWith(trial + "-", StringComparison.Ordinal)));
        var contributions = await RowsAsync("SELECT \"Contributor\", \"Id\" FROM fund_contributions WHERE \"Contributor\" LIKE 'Crash %'");
        var pledges = await RowsAsync("SELECT \"Narrative\", \"Id\" FROM commitments_pledges WHERE \"Narrative\" LIKE '[crash:%'");
        var depositsByKey = contributions.ToLookup(r => r.Text["Crash ".Length..], r => r.Id);
        var pledgesByKey = pledges.ToLookup(r => r.Text[7..r.Text.IndexOf(']', StringComparison.Ordinal)], r => r.Id);

        int lost = 0, duplicated = 0, wrongId = 0;
        foreach (var attempt in all.Where(a => a.Outcome is not "unsent"))
        {
            var rows = (attempt.Kind == Journal.Deposit ? depositsByKey : pledgesByKey)[attempt.Key].ToList();
            // Deposits were all retried with their keys, so each must be there once; an unanswered pledge may be missing.
            var mustExist = attempt.Outcome == "acked" || attempt.Kind == Journal.Deposit;
            lost += mustExist && rows.Count == 0 ? 1 : 0;
            duplicated += rows.Count > 1 ? 1 : 0;
            wrongId += attempt.Outcome == "acked" && rows.Count == 1 && !string.Equals(rows[0], attempt.Id, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        }
        var known = all.Select(a => a.Key).ToHashSet();
        var strangers = depositsByKey.Count(g => !known.Contains(g.Key)) + pledgesByKey.Count(g => !known.Contains(g.Key));
        var summary = await fund.GetFromJsonAsync<JsonElement>("/api/fund/summary");
        var invariants = summary.GetProperty("invariants").EnumerateObject().All(p => p.Value.GetBoolean());

        var thisTrial = all.Where(a => a.Key.StartsWith(trial + "-", StringComparison.Ordinal)).ToList();
        int Count(string kind, string outcome) => thisTrial.Count(a => a.Kind == kind && a.Outcome == outcome);
        var unansweredPledgesKept = thisTrial.Count(a => a.Kind == Journal.Pledge && a.Outcome == "unanswered" && pledgesByKey[a.Key].Any());
        Console.WriteLine($"verify {trial}: acked deposits {Count(Journal.Deposit, "acked")}, acked pledges {Count(Journal.Pledge, "acked")}, " +
            $"unanswered deposits {Count(Journal.Deposit, "unanswered")} (retry replayed {replayed}, posted {retriedFresh}), " +
            $"unanswered pledges {Count(Journal.Pledge, "unanswered")} (committed {unansweredPledgesKept}); " +
            $"all trials: {all.Count(a => a.Outcome == "acked")} acknowledged, lost {lost}, duplicated {duplicated}, wrong id {wrongId}, " +
            $"unexplained rows {strangers}, replay mismatches {replayMismatch}, invariants {(invariants ? "hold" : "BROKEN")}");
        Console.WriteLine($"RESULT {Count(Journal.Deposit, "acked") + Count(Journal.Pledge, "acked")} {Count(Journal.Deposit, "unanswered") + Count(Journal.Pledge, "unanswered")} " +
            $"{lost} {duplicated + strangers} {wrongId + replayMismatch} {(invariants ? "hold" : "BROKEN")}");
        return lost + duplicated + strangers + wrongId + replayMismatch == 0 && invariants ? 0 : 1;
    }

    /// <summary>
    /// Sends each of the trial's deposits again with its key and body. An acknowledged one must be replayed with the
    /// same id (a fresh posting would mean the first was lost); an unanswered one is either replayed or posted now.
    /// </summary>
    private async Task<(int Replayed, int Fresh, int Mismatch)> RetryAsync(IEnumerable<Attempt> attempts)
    {
        int replayed = 0, fresh = 0, mismatch = 0;
        foreach (var attempt in attempts.Where(a => a.Kind == Journal.Deposit && a.Outcome is not "unsent"))
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/fund/contributions") { Content = JsonContent.Create(Journal.DepositBody(attempt.Key, attempt.Amount)) };
            request.Headers.Add("Idempotency-Key", attempt.Key);
            using var response = await fund.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
            var wasReplayed = response.Headers.TryGetValues("Idempotent-Replayed", out var values) && values.Contains("true");
            replayed += wasReplayed ? 1 : 0;
            fresh += wasReplayed ? 0 : 1;
            mismatch += attempt.Outcome == "acked" && (!wasReplayed || !string.Equals(id, attempt.Id, StringComparison.OrdinalIgnoreCase)) ? 1 : 0;
        }
        return (replayed, fresh, mismatch);
    }

    private async Task<List<(string Text, string Id)>> RowsAsync(string sql)
    {
        var settings = DatabaseSettings.From(new ConfigurationBuilder().AddInMemoryCollection([KeyValuePair.Create<string, string?>(DatabaseSettings.Variable, database)]).Build());
        await using DbConnection connection = settings.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(settings.ConnectionString)
            : new SqliteConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetValue(1).ToString()!));
        }
        return rows;
    }
}
