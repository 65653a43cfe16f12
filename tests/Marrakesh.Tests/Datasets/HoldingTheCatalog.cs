using Marrakesh.Modules.Datasets;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Freshness;
using Marrakesh.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Marrakesh.Tests.Datasets;

/// <summary>
/// The lookups every read of the figures starts with are held for the process (DatasetCatalog): they are loaded again
/// when the datasets topic moves on (an import anywhere, ADR 0017), or when the held copy expires.
/// </summary>
public sealed class HoldingTheCatalog(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Fact]
    public async Task The_held_lookups_are_loaded_again_when_the_generation_moves_on_or_they_expire()
    {
        (await app.CreateClient().GetAsync("/health")).EnsureSuccessStatusCode();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // Generations of its own, so imports by other tests cannot move them on.
        var generations = new CacheGenerations([], TimeProvider.System);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var catalog = new DatasetCatalog(clock, generations);
        var first = await catalog.CurrentAsync(db, CancellationToken.None);

        await AddLocationAsync("ZZ1");
        var held = await catalog.CurrentAsync(db, CancellationToken.None);
        generations.Observe(CacheTopics.Datasets, generations.Current(CacheTopics.Datasets) + 1);
        var moved = await catalog.CurrentAsync(db, CancellationToken.None);

        Assert.Same(first, held);
        Assert.False(held.Names.ContainsKey("ZZ1"));
        Assert.Equal("Elsewhere", moved.Names["ZZ1"]);

        await AddLocationAsync("ZZ2");
        Assert.Same(moved, await catalog.CurrentAsync(db, CancellationToken.None));
        clock.Advance(DatasetsCache.Expiry);
        Assert.Equal("Elsewhere", (await catalog.CurrentAsync(db, CancellationToken.None)).Names["ZZ2"]);
    }

    private Task AddLocationAsync(string code) => app.Database.ExecuteRawAsync(
        $"""INSERT INTO datasets_locations ("Code", "Name", "IsAggregate") VALUES ('{code}', 'Elsewhere', {(app.Database.IsPostgres ? "false" : "0")})""");

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
