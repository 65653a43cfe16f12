using System.Text.Json;

namespace Marrakesh.Bench.CrashLoad;

/// <summary>
/// One write the load attempted. Outcome: <c>acked</c> (2xx, with the id the server gave), <c>unanswered</c> (sent,
/// but the connection died before an answer: it may or may not have committed), <c>unsent</c> (the connection was
/// refused: the server was already gone), or <c>status:N</c> (the server refused it).
/// </summary>
internal sealed record Attempt(string Kind, string Key, decimal Amount, string Outcome, string? Id);

internal static class Journal
{
    public const string Deposit = "deposit";
    public const string Pledge = "pledge";

    public static async Task WriteAsync(string path, IEnumerable<Attempt> attempts) =>
        await File.WriteAllLinesAsync(path, attempts.Select(a => JsonSerializer.Serialize(a)));

    public static IEnumerable<Attempt> Read(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<Attempt>(l)!);

    /// <summary>The deposit's body, the same on every retry (the server refuses a key reused with another body).</summary>
    public static object DepositBody(string key, decimal amount) =>
        new { contributor = Contributor(key), contributorType = "member-state", amount, currency = "USD", earmark = "none", date = "2025-06-30" };

    public static string Contributor(string key) => $"Crash {key}";

    /// <summary>The pledge carries its key in its narrative, so the database can be searched for it.</summary>
    public static object PledgeBody(string key) => new
    {
        actorType = "civil-society", form = "policy", jointType = "individual", objectives = new[] { 3 },
        narrative = $"{Marker(key)} " + string.Concat(Enumerable.Repeat("We will keep every acknowledged write after a crash. ", 6)),
    };

    public static string Marker(string key) => $"[crash:{key}]";
}
