using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Platform;

/// <summary>
/// Each audit entry is sealed into a hash chain after it is written; anyone may read the chain's head and keep it, and
/// <c>audit verify</c> recomputes every link (issue 17, item 6; ADR 0015). Tampering is in
/// <see cref="DetectingTamperingWithTheAuditTrail"/>.
/// </summary>
public sealed class VerifyingTheAuditTrail(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Fact]
    public async Task A_write_moves_the_head_on_and_the_untouched_trail_verifies()
    {
        var (client, _) = await app.ClientAsAsync("secretariat");
        var before = await app.CreateClient().HeadAsync();

        await client.WriteSomethingAsync();
        var after = await app.CreateClient().HeadAsync();

        Assert.Equal(before.Count + 1, after.Count);
        Assert.NotEqual(before.Hash, after.Hash);
        Assert.Matches("^[0-9a-f]{64}$", after.Hash);
        var verified = await app.RunCliAsync("audit", "verify");
        verified.ShouldSucceed();
        Assert.Contains($"head {after.Hash}", verified.Output, StringComparison.Ordinal);
        Assert.Equal(await app.Database.CountAsync("platform_audit_entries"), await app.Database.CountAsync("platform_audit_chain"));
    }

    [Fact]
    public async Task The_head_is_public_holds_no_personal_data_and_answers_304_while_unchanged()
    {
        var (client, email) = await app.ClientAsAsync("secretariat");
        await client.WriteSomethingAsync();
        var anonymous = app.CreateClient();

        var response = await anonymous.GetAsync("/api/audit/head");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("@", body, StringComparison.Ordinal);
        Assert.DoesNotContain(email, body, StringComparison.OrdinalIgnoreCase);
        var head = JsonDocument.Parse(body).RootElement;
        Assert.Equal(["count", "hash", "sealedAt"], head.EnumerateObject().Select(p => p.Name));
        Assert.Equal($"\"{head.GetProperty("hash").GetString()}\"", response.Headers.ETag?.Tag);

        var again = new HttpRequestMessage(HttpMethod.Get, "/api/audit/head");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await anonymous.SendAsync(again)).StatusCode);
        await client.WriteSomethingAsync();
        var moved = new HttpRequestMessage(HttpMethod.Get, "/api/audit/head");
        moved.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.SendAsync(moved)).StatusCode);
    }

    [Fact]
    public async Task A_head_kept_earlier_is_found_again_as_a_link_of_the_chain()
    {
        var (client, _) = await app.ClientAsAsync("secretariat");
        var kept = await app.CreateClient().HeadAsync();
        await client.WriteSomethingAsync();
        await client.WriteSomethingAsync();
        var now = await app.CreateClient().HeadAsync();

        var link = await (await app.CreateClient().GetAsync($"/api/audit/chain/{kept.Count}")).ShouldBeJsonAsync();
        var next = await (await app.CreateClient().GetAsync($"/api/audit/chain/{kept.Count + 1}")).ShouldBeJsonAsync();

        Assert.Equal(kept.Hash, link.GetProperty("hash").GetString());
        Assert.Equal(kept.Hash, next.GetProperty("previousHash").GetString());
        Assert.Equal(kept.Count + 2, now.Count);
        await (await app.CreateClient().GetAsync($"/api/audit/chain/{now.Count + 1}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Anyone_holding_an_entry_can_recompute_its_link_from_the_documented_encoding()
    {
        var (admin, _) = await app.ClientAsAsync("admin");
        var tokenId = await admin.WriteSomethingAsync("recomputed by an outsider");
        var head = await app.CreateClient().HeadAsync();
        var entry = await admin.CreationOfTokenAsync(tokenId);
        var link = await (await app.CreateClient().GetAsync($"/api/audit/chain/{head.Count}")).ShouldBeJsonAsync();

        Assert.Equal(link.GetProperty("hash").GetString(), OutsidersHash(link.GetProperty("previousHash").GetString()!, entry));
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_delete_links()
    {
        var (client, _) = await app.ClientAsAsync("secretariat");
        await client.WriteSomethingAsync();
        var head = await app.CreateClient().HeadAsync();

        var update = await Assert.ThrowsAnyAsync<Exception>(() => app.Database.ExecuteRawAsync("UPDATE platform_audit_chain SET \"Hash\" = \"PreviousHash\""));
        var delete = await Assert.ThrowsAnyAsync<Exception>(() => app.Database.ExecuteRawAsync("DELETE FROM platform_audit_chain"));

        Assert.Contains("append-only", update.Message);
        Assert.Contains("append-only", delete.Message);
        Assert.Equal(head, await app.CreateClient().HeadAsync());
    }

    [Fact]
    public async Task Concurrent_writes_and_seals_give_a_chain_without_gaps_holding_each_entry_once()
    {
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ => (await app.ClientAsAsync("secretariat")).Client));
        var before = await app.CreateClient().HeadAsync();

        var writers = clients.Select(async (client, i) =>
        {
            for (var n = 0; n < 15; n++)
            {
                await client.WriteSomethingAsync($"race {i}-{n}");
                await app.CreateClient().HeadAsync();
            }
        });
        var verifier = app.RunCliAsync("audit", "verify");
        await Task.WhenAll([.. writers, verifier]);
        (await verifier).ShouldSucceed();
        var after = await app.CreateClient().HeadAsync();
        (await app.RunCliAsync("audit", "verify")).ShouldSucceed();

        Assert.True(after.Count >= before.Count + 60, $"{after.Count - before.Count} entries sealed for 60 writes");
        var links = await app.Database.CountAsync("platform_audit_chain");
        Assert.Equal(after.Count, links);
        Assert.Equal(await app.Database.CountAsync("platform_audit_entries"), links);
        Assert.Equal(0, await app.Database.CountAsync("platform_audit_chain WHERE \"Position\" < 1 OR \"Position\" > (SELECT COUNT(*) FROM platform_audit_chain)"));
        Assert.Equal(0, await app.Database.CountAsync(
            "platform_audit_entries e WHERE NOT EXISTS (SELECT 1 FROM platform_audit_chain c WHERE c.\"EntryId\" = e.\"Id\")"));
    }

    /// <summary>The encoding of ADR 0015, written out again independently of the app's code.</summary>
    private static string OutsidersHash(string previousHash, JsonElement entry)
    {
        var text = new StringBuilder(previousHash);
        void Field(string? value) => text.Append(value is null ? "~" : $"{Encoding.UTF8.GetByteCount(value)}:{value},");
        Field(entry.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture));
        var at = DateTime.Parse(entry.GetProperty("at").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        Field(at.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
        foreach (var name in new[] { "actor", "channel", "entity", "entityId", "action", "before", "after" })
        {
            Field(entry.GetProperty(name).GetString());
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
