using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Operations;

/// <summary>
/// The server as an operator runs it, in its own process in Production: its console writes one JSON object a line,
/// and every line written while a request is served names that request, so a log collector can put them together
/// and a caller quoting the traceId of an error answer leads straight to them; Prometheus finds its requests by route.
/// (The framework's meters belong to one host each: only a process of its own shows them as production does.)
/// </summary>
public sealed class RunningTheServer : IAsyncLifetime
{
    private readonly TestDatabase database = new();
    private readonly ConcurrentQueue<string> output = new();
    private Process server = null!;

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Marrakesh.dll"), "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["MARRAKESH_DB"] = database.ConnectionString,
                ["MARRAKESH_AUTO_MIGRATE"] = "true",
                ["MARRAKESH_AUDIT_SEAL_SECONDS"] = "0",
                // The framework's own line per request, off by default, is the line this test follows.
                ["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
            },
        };
        server = Process.Start(start)!;
        server.OutputDataReceived += (_, line) => { if (line.Data is not null) { output.Enqueue(line.Data); } };
        server.ErrorDataReceived += (_, line) => { if (line.Data is not null) { output.Enqueue(line.Data); } };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        await Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        server.Kill(entireProcessTree: true);
        await server.WaitForExitAsync();
        server.Dispose();
        await database.DisposeAsync();
    }

    private async Task<JsonElement> WaitForLineAsync(Func<JsonElement, bool> wanted)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            foreach (var line in Lines())
            {
                if (wanted(line))
                {
                    return line;
                }
            }
            Assert.False(server.HasExited, "The server stopped: " + string.Join('\n', output));
            await Task.Delay(100);
        }
        throw new TimeoutException("No such log line: " + string.Join('\n', output));
    }

    private List<JsonElement> Lines() => output.Select(l => JsonDocument.Parse(l).RootElement).ToList();

    private static string? Scope(JsonElement line, string name) =>
        line.TryGetProperty("Scopes", out var scopes)
            ? scopes.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty(name, out _))
                .Select(s => s.GetProperty(name).GetString()).FirstOrDefault()
            : null;

    private async Task<HttpClient> ClientAsync()
    {
        var listening = await WaitForLineAsync(l => l.GetProperty("State").TryGetProperty("address", out _));
        return new HttpClient { BaseAddress = new Uri(listening.GetProperty("State").GetProperty("address").GetString()!) };
    }

    [Fact]
    public async Task Its_requests_are_measured_by_route_and_status_for_Prometheus()
    {
        using var client = await ClientAsync();
        (await client.GetAsync("/api/objectives")).EnsureSuccessStatusCode();

        // The framework records a request once its answer is sent, which may be just after the client has it.
        var scrape = "";
        for (var attempt = 0; attempt < 50 && Requests(scrape) < 1; attempt++)
        {
            await Task.Delay(attempt == 0 ? 0 : 100);
            scrape = await client.GetStringAsync("/metrics");
        }

        Assert.Equal(1, Requests(scrape));
        Assert.Contains("dotnet_gc_collections_total", scrape);
        Assert.Contains("kestrel_active_connections", scrape);

        static double Requests(string scrape) =>
            Scrapes.Sum(scrape, "http_server_request_duration_seconds_count", "http_route=\"/api/objectives", "http_response_status_code=\"200\"");
    }

    [Fact]
    public async Task Every_line_written_for_a_request_carries_its_request_id_and_trace_id()
    {
        using var client = await ClientAsync();
        const string path = "/api/states/ZZZ";

        var problem = await (await client.GetAsync(path)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        // The answer's traceId is the W3C trace context (00-trace-span-flags) when there is one, else the request id.
        var quoted = problem.GetProperty("traceId").GetString()!;
        var traceId = quoted.Split('-') is ["00", var trace, _, _] ? trace : null;
        bool OfTheRequest(JsonElement l) => traceId is null ? Scope(l, "RequestId") == quoted : Scope(l, "TraceId") == traceId;
        await WaitForLineAsync(l => OfTheRequest(l) && l.GetProperty("Message").GetString()!.StartsWith("Request finished", StringComparison.Ordinal));

        var lines = Lines(); // every line parsed as JSON, or the test has failed already
        var ofThePath = lines.Where(l => Scope(l, "RequestPath") == path).ToList();
        Assert.True(ofThePath.Count >= 2, string.Join('\n', output));
        Assert.All(ofThePath, l => Assert.True(OfTheRequest(l), l.ToString()));
        Assert.Single(ofThePath.Select(l => Scope(l, "RequestId")).Distinct());
        Assert.Matches("^[0-9a-f]{32}$", Scope(ofThePath[0], "TraceId"));
        Assert.All(lines, l => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", l.GetProperty("Timestamp").GetString()));
    }
}
