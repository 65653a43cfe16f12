// bench/run-crash's client. Two modes:
//   load   BASE_URL FUND_TOKEN PLEDGE_TOKEN JOURNAL TRIAL CLIENTS
//          CLIENTS workers post deposits (each with its own Idempotency-Key) and pledges until the server dies,
//          then write every attempt and its outcome to JOURNAL.
//   verify BASE_URL FUND_TOKEN PLEDGE_TOKEN JOURNAL_DIR TRIAL DATABASE
//          after the restart: retries the trial's unanswered deposits with their keys, then checks every journal so
//          far against the database (DATABASE is MARRAKESH_DB): each acknowledged write exactly once, and the
//          ledger's invariants. Prints a RESULT line.
using System.Net.Http.Headers;
using Marrakesh.Bench.CrashLoad;

var (mode, baseUrl, fundToken, pledgeToken) = (args[0], new Uri(args[1]), args[2], args[3]);
using var fund = Client(fundToken);
using var pledges = Client(pledgeToken);
return mode switch
{
    "load" => await new Load(fund, pledges, args[5]).RunAsync(args[4], int.Parse(args[6], System.Globalization.CultureInfo.InvariantCulture)),
    "verify" => await new Verify(fund, args[6]).RunAsync(args[4], args[5]),
    _ => throw new ArgumentException($"Unknown mode {mode}"),
};

HttpClient Client(string token)
{
    var client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    return client;
}
