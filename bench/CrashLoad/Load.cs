using System.Net.Sockets;
using System.Text.Json;

namespace Marrakesh.Bench.CrashLoad;

/// <summary>Workers alternate deposits and pledges as fast as the server answers, until it is killed.</summary>
internal sealed class Load(HttpClient fund, HttpClient pledges, string trial)
{
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    public async Task<int> RunAsync(string journal, int clients)
    {
        var attempts = new System.Collections.Concurrent.ConcurrentBag<Attempt>();
        var until = DateTime.UtcNow + Longest;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            for (var n = 0; DateTime.UtcNow < until; n++)
            {
                var key = $"{trial}-{client}-{n}";
                var attempt = n % 2 == 0 ? await DepositAsync(key, 1m + n % 97 + client / 100m) : await PledgeAsync(key);
                attempts.Add(attempt);
                if (attempt.Outcome is "unanswered" or "unsent")
                {
                    return; // the server is gone
                }
            }
        })));
        await Journal.WriteAsync(journal, attempts);
        var counts = attempts.GroupBy(a => $"{a.Kind}:{a.Outcome.Split(':')[0]}").OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Count()}");
        Console.WriteLine($"load {trial}: {string.Join(" ", counts)}");
        return 0;
    }

    private async Task<Attempt> DepositAsync(string key, decimal amount)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/fund/contributions") { Content = JsonContent.Create(Journal.DepositBody(key, amount)) };
        request.Headers.Add("Idempotency-Key", key);
        return await SendAsync(fund, request, Journal.Deposit, key, amount);
    }

    private Task<Attempt> PledgeAsync(string key) =>
        SendAsync(pledges, new HttpRequestMessage(HttpMethod.Post, "/api/pledges") { Content = JsonContent.Create(Journal.PledgeBody(key)) }, Journal.Pledge, key, 0m);

    private static async Task<Attempt> SendAsync(HttpClient client, HttpRequestMessage request, string kind, string key, decimal amount)
    {
        try
        {
            using var response = await client.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                return new(kind, key, amount, $"status:{(int)response.StatusCode}", null);
            }
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            return new(kind, key, amount, "acked", body.GetProperty("id").GetString());
        }
        catch (HttpRequestException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
        {
            return new(kind, key, amount, "unsent", null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or JsonException)
        {
            return new(kind, key, amount, "unanswered", null);
        }
    }
}
