using System.Net;
using System.Text.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Operations;

/// <summary>
/// Liveness says the process answers; readiness says it can serve: a database that answers with every migration
/// applied. A load balancer takes a server out on readiness, a supervisor restarts it only on liveness.
/// </summary>
public sealed class TellingLiveFromReady
{
    private static async Task<(HttpStatusCode Status, JsonElement Body)> AskAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    private static async Task WithAppAsync(Func<MarrakeshApp, HttpClient, Task> scenario)
    {
        var app = new MarrakeshApp();
        try
        {
            await app.InitializeAsync();
            await scenario(app, app.CreateClient());
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    [Fact]
    public Task A_started_server_is_live_and_ready() => WithAppAsync(async (_, client) =>
    {
        var (live, _) = await AskAsync(client, "/health/live");
        var (ready, body) = await AskAsync(client, "/health/ready");
        var old = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, live);
        Assert.Equal(HttpStatusCode.OK, ready);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    });

    [Fact]
    public Task A_database_that_stops_answering_makes_the_server_unready_but_not_dead() => WithAppAsync(async (app, client) =>
    {
        await app.Database.CloseToEveryoneAsync();

        var (live, _) = await AskAsync(client, "/health/live");
        var (ready, body) = await AskAsync(client, "/health/ready");
        var old = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, live);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, old.StatusCode);
        Assert.Equal("Unhealthy", await old.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.Contains("does not answer", body.GetProperty("checks").GetProperty("database").GetProperty("description").GetString());
    });

    [Fact]
    public Task A_schema_behind_the_code_makes_the_server_unready_until_it_is_migrated() => WithAppAsync(async (app, client) =>
    {
        var newest = await app.Database.ScalarTextAsync("""SELECT MAX("MigrationId") FROM "__EFMigrationsHistory" """);
        await app.Database.ExecuteRawAsync("""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = @id""", ("@id", newest));

        var (live, _) = await AskAsync(client, "/health/live");
        var (ready, body) = await AskAsync(client, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, live);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready);
        Assert.Contains($"1 migration(s) pending, starting with {newest}", body.GetProperty("checks").GetProperty("database").GetProperty("description").GetString());

        await app.Database.ExecuteRawAsync("""INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES (@id, '10.0.0')""", ("@id", newest));
        Assert.Equal(HttpStatusCode.OK, (await AskAsync(client, "/health/ready")).Status);
    });
}
