// Posts deposits then allocations through the fund's HTTP API with concurrent clients, measures postings per
// second against a baseline (an authenticated read, GET /api/me, with the same clients in the same run), and checks
// the ledger's invariants afterwards. Usage: FundLoad BASE_URL TOKEN [operations=10000] [clients=16]
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

var baseUrl = new Uri(args[0]);
var token = args[1];
var operations = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
var clients = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 16;

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = baseUrl };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

async Task<HttpResponseMessage> Post(string path, object body)
{
    var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
    request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
    return await http.SendAsync(request);
}

// Runs count calls over `clients` workers; returns (seconds, p95 ms, status counts).
async Task<(double Seconds, double P95, Dictionary<int, int> Statuses)> Run(int count, Func<int, Task<HttpResponseMessage>> call)
{
    var next = -1;
    var latencies = new double[count];
    var statuses = new int[count];
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < count)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await call(i);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            statuses[i] = (int)response.StatusCode;
        }
    }));
    var seconds = clock.Elapsed.TotalSeconds;
    Array.Sort(latencies);
    return (seconds, latencies[(int)(count * 0.95)], statuses.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count()));
}

var programme = await (await Post("/api/fund/programmes", new
{
    title = "Benchmark programme", countries = new[] { "MAR" }, thematicArea = 2, objectives = new[] { 5 },
    organisations = new[] { "IOM", "ILO" }, budgetUsd = 100_000_000m,
})).Content.ReadFromJsonAsync<JsonElement>();
var programmeId = programme.GetProperty("id").GetString();
(await Post($"/api/fund/programmes/{programmeId}/decision", new { decision = "approve", reference = "SC-BENCH" })).EnsureSuccessStatusCode();

await Run(200, _ => http.GetAsync("/api/me")); // warm-up
var baseline = await Run(operations, _ => http.GetAsync("/api/me"));
var deposits = await Run(operations, i => Post("/api/fund/contributions", new
{
    contributor = $"Contributor {i % 50}", contributorType = "member-state", amount = 100m, currency = "EUR", rateToUsd = 1.1m, earmark = "none", date = "2026-01-15",
}));
var allocations = await Run(operations, _ => Post("/api/fund/allocations", new { programmeId, amountUsd = 50m }));

var summary = await http.GetFromJsonAsync<JsonElement>("/api/fund/summary");
var invariants = summary.GetProperty("invariants");
var hold = invariants.EnumerateObject().All(p => p.Value.GetBoolean());
string Rate((double Seconds, double P95, Dictionary<int, int> Statuses) r) => $"{operations / r.Seconds:F0}/s p95 {r.P95:F1} ms [{string.Join(" ", r.Statuses.Select(s => $"{s.Key}×{s.Value}"))}]";
Console.WriteLine($"baseline GET /api/me: {Rate(baseline)}");
Console.WriteLine($"deposits: {Rate(deposits)}");
Console.WriteLine($"allocations: {Rate(allocations)}");
Console.WriteLine($"RESULT {operations / baseline.Seconds:F0} {operations / deposits.Seconds:F0} {deposits.P95:F1} {operations / allocations.Seconds:F0} {allocations.P95:F1} " +
    $"{summary.GetProperty("depositsUsd").GetDecimal()} {summary.GetProperty("allocatedUsd").GetDecimal()} {(hold ? "hold" : "BROKEN")}");
return hold && deposits.Statuses.Keys.All(s => s == 201) && allocations.Statuses.Keys.All(s => s == 201) ? 0 : 1;
