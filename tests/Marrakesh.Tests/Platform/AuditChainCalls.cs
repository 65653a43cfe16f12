using System.Net.Http.Json;
using System.Text.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Platform;

/// <summary>What the audit chain tests do over and over: write something audited, read the head, find an entry.</summary>
internal static class AuditChainCalls
{
    /// <summary>Issues a token as <paramref name="client"/>'s account: one audited write. Returns the token's id.</summary>
    public static async Task<string> WriteSomethingAsync(this HttpClient client, string name = "chained")
    {
        var issued = await (await client.PostAsJsonAsync("/api/tokens", new { name, days = 5 })).ShouldBeJsonAsync(System.Net.HttpStatusCode.Created);
        return issued.GetProperty("id").GetString()!;
    }

    public static async Task<(long Count, string Hash)> HeadAsync(this HttpClient client)
    {
        var head = await (await client.GetAsync("/api/audit/head")).ShouldBeJsonAsync();
        return (head.GetProperty("count").GetInt64(), head.GetProperty("hash").GetString()!);
    }

    /// <summary>The audit entry that recorded the creation of token <paramref name="tokenId"/>, as an admin reads it.</summary>
    public static async Task<JsonElement> CreationOfTokenAsync(this HttpClient admin, string tokenId) =>
        (await (await admin.GetAsync($"/api/audit?entity=ApiToken&entityId={tokenId}")).ShouldBeJsonAsync()).Items()
            .Single(e => e.GetProperty("action").GetString() == "created");
}
