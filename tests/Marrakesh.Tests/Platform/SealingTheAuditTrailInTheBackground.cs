using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Platform;

/// <summary>
/// Between the head's and verify's own seals, the sealing service links new entries on its own, on the machine's
/// time: moving the app's clock on does not make it run (ADR 0015).
/// </summary>
public sealed class SealingTheAuditTrailInTheBackground(SealingTheAuditTrailInTheBackground.SealingOftenApp app)
    : IClassFixture<SealingTheAuditTrailInTheBackground.SealingOftenApp>
{
    public sealed class SealingOftenApp : MarrakeshApp
    {
        protected override IDictionary<string, string?> ExtraSettings =>
            new Dictionary<string, string?> { ["MARRAKESH_AUDIT_SEAL_SECONDS"] = "0.2" };
    }

    [Fact]
    public async Task New_entries_are_sealed_without_anyone_asking_and_a_clock_moved_by_a_year_changes_nothing()
    {
        var (client, _) = await app.ClientAsAsync("secretariat");
        await client.WriteSomethingAsync();
        app.Clock.Advance(TimeSpan.FromDays(365));

        var entries = await app.Database.CountAsync("platform_audit_entries");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await app.Database.CountAsync("platform_audit_chain") < entries && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(entries, await app.Database.CountAsync("platform_audit_chain"));
    }
}
