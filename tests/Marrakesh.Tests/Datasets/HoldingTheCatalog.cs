using Marrakesh.Modules.Datasets;
using Marrakesh.Platform.Data;
using Marrakesh.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Marrakesh.Tests.Datasets;

/// <summary>
/// The lookups every read of the figures starts with are held for the process (DatasetCatalog): an import in this
/// process shows at the next read, a change by another process when the held copy expires, like the cached answers.
/// </summary>
public sealed class HoldingTheCatalog(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Fact]
    public async Task A_change_by_another_process_shows_when_the_held_copy_expires_and_an_import_here_at_once()
    {
        (await app.CreateClient().GetAsync("/health")).EnsureSuccessStatusCode();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // Other tests import in parallel and each import moves the shared generation on; an attempt they disturb is repeated.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
            var catalog = new DatasetCatalog(clock);
            var code = $"ZZ{attempt}";
            var generation = DatasetsCache.Generation;

            var first = await catalog.CurrentAsync(db, CancellationToken.None);
            await app.Database.ExecuteRawAsync($"""INSERT INTO datasets_locations ("Code", "Name", "IsAggregate") VALUES ('{code}', 'Elsewhere', {(app.Database.IsPostgres ? "false" : "0")})""");
            var held = await catalog.CurrentAsync(db, CancellationToken.None);
            clock.Advance(DatasetsCache.Expiry);
            var expired = await catalog.CurrentAsync(db, CancellationToken.None);
            if (DatasetsCache.Generation != generation)
            {
                continue;
            }

            Assert.Same(first, held);
            Assert.False(held.Names.ContainsKey(code));
            Assert.Equal("Elsewhere", expired.Names[code]);
            DatasetsCache.Changed();
            Assert.NotSame(expired, await catalog.CurrentAsync(db, CancellationToken.None));
            return;
        }
        Assert.Fail("Imports by other tests moved the generation on during every attempt.");
    }

    private static byte[] Remittances(double value) => System.Text.Encoding.UTF8.GetBytes(
        "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2019\",\"2020\",\n"
        + $"\"Morocco\",\"MAR\",\"Held test\",\"TEST.HELD\",\"1\",\"{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}\",\n");

    private async Task<double> HeldValueAsync(string url) =>
        (await (await app.CreateClient().GetAsync(url)).ShouldBeJsonAsync()).Items().Single().GetProperty("value").GetDouble();

    [Fact]
    public async Task Figures_held_decoded_are_those_of_the_current_import_after_a_replace()
    {
        (await app.ImportAsync(Remittances(100.5), "API_TEST.HELD.csv", "wdi", "--revision", "held")).ShouldSucceed();
        Assert.Equal(100.5, await HeldValueAsync("/api/indicators/TEST.HELD?state=MAR&from=2020"));
        Assert.Equal(1, await HeldValueAsync("/api/indicators/TEST.HELD?state=MAR&to=2019&page=1"));

        (await app.ImportAsync(Remittances(250.25), "API_TEST.HELD.csv", "wdi", "--revision", "held")).ShouldSucceed();

        // The replacing import has a new id, so the decoded figures of the replaced one are never read again.
        Assert.Equal(250.25, await HeldValueAsync("/api/indicators/TEST.HELD?state=MAR&from=2020&page=1"));
    }
}
