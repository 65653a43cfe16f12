using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Platform;

/// <summary>A second start on the same database must find the reference data in place and write nothing.</summary>
public sealed class LoadingReferenceData : IAsyncLifetime
{
    private readonly MarrakeshApp first = new();

    public Task InitializeAsync() => first.InitializeAsync();

    public async Task DisposeAsync() => await ((IAsyncLifetime)first).DisposeAsync();

    [Fact]
    public async Task Starting_twice_leaves_the_same_rows_and_writes_no_audit_entries()
    {
        var tables = new[] { "catalogue_objectives", "catalogue_guiding_principles", "states_states", "accounts_roles", "platform_audit_entries" };
        var before = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            before[table] = await first.Database.CountAsync(table);
        }
        Assert.Equal(23, before["catalogue_objectives"]);
        Assert.Equal(10, before["catalogue_guiding_principles"]);
        Assert.Equal(195, before["states_states"]);
        Assert.Equal(5, before["accounts_roles"]);
        Assert.True(before["platform_audit_entries"] >= 233, "the first load is recorded in the audit trail");

        // A second app on the same database runs the start-up refresh again.
        await using var second = new SecondStart(first);
        _ = second.Server;

        foreach (var table in tables)
        {
            Assert.Equal(before[table], await first.Database.CountAsync(table));
        }
    }

    [Fact]
    public async Task The_migrate_verb_is_idempotent_too()
    {
        var auditBefore = await first.Database.CountAsync("platform_audit_entries");

        var result = await first.RunCliAsync("migrate");

        result.ShouldSucceed();
        Assert.Contains("up to date", result.Output);
        Assert.Equal(auditBefore, await first.Database.CountAsync("platform_audit_entries"));
        Assert.Equal(195, await first.Database.CountAsync("states_states"));
    }

    private sealed class SecondStart(MarrakeshApp original) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            foreach (var (key, value) in original.Settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
