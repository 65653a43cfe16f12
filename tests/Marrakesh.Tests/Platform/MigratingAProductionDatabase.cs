using Marrakesh.Cli;
using Marrakesh.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Marrakesh.Tests.Platform;

/// <summary>With auto-migration off (the PostgreSQL default), `migrate` prepares the database and nothing else may start on a stale schema.</summary>
public sealed class MigratingAProductionDatabase : IAsyncLifetime
{
    private readonly TestDatabase database = new();

    private Dictionary<string, string?> Settings => new()
    {
        ["MARRAKESH_DB"] = database.ConnectionString,
        ["MARRAKESH_AUTO_MIGRATE"] = "false",
    };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await database.DisposeAsync();

    private async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error, Settings);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Migrate_brings_a_new_database_up_to_date_and_loads_reference_data()
    {
        var before = await RunAsync("users", "list");
        Assert.Equal(1, before.ExitCode);
        Assert.Contains("marrakesh migrate", before.Error);

        var migrate = await RunAsync("migrate");

        migrate.ShouldSucceed();
        Assert.Contains("up to date", migrate.Output);
        Assert.Equal(195, await database.CountAsync("states_states"));
        (await RunAsync("users", "list")).ShouldSucceed();

        await using var web = new AppOn(Settings);
        var states = await (await web.CreateClient().GetAsync("/api/states")).ShouldBeJsonAsync();
        Assert.Equal(195, states.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_web_app_refuses_to_start_on_a_database_that_was_never_migrated()
    {
        await using var web = new AppOn(Settings);

        var failure = Assert.ThrowsAny<Exception>(() => web.CreateClient());

        Assert.Contains("marrakesh migrate", failure.GetBaseException().Message);
    }

    private sealed class AppOn(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
