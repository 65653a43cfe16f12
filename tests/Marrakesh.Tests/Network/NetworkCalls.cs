using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Network;

/// <summary>Bodies and calls for the Network's writes, shared by its tests, the authorization matrix and the fuzzer.</summary>
public static class NetworkCalls
{
    /// <summary>A member acronym no test has used: letters only, so it also passes the acronym rule.</summary>
    public static string FreshAcronym() => "X" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(8)).ToUpperInvariant();

    public static object Member(string acronym) => new { acronym, name = $"Entity {acronym}", source = "Network Terms of Reference, 2026", executiveCommittee = false };

    public static object Workstream(string? name = null) =>
        new { name = name ?? $"Workstream {Guid.NewGuid():N}", leads = new[] { "IOM", "ILO" }, objectives = new[] { 5, 6 }, source = "Network workplan 2026" };

    public static object RegionalNetwork() => new { scope = "regional", region = "Africa", members = new[] { "IOM", "UNDP" }, source = "Regional network report, 2026" };

    public static async Task<JsonElement> AddMemberAsync(this HttpClient client, string acronym) =>
        await (await client.PostAsJsonAsync("/api/network/members", Member(acronym))).ShouldBeJsonAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> AddWorkstreamAsync(this HttpClient client, object? body = null) =>
        await (await client.PostAsJsonAsync("/api/network/workstreams", body ?? Workstream())).ShouldBeJsonAsync(HttpStatusCode.Created);

    public static async Task<JsonElement> AddCountryNetworkAsync(this HttpClient client, object? body = null) =>
        await (await client.PostAsJsonAsync("/api/network/country-networks", body ?? RegionalNetwork())).ShouldBeJsonAsync(HttpStatusCode.Created);
}
