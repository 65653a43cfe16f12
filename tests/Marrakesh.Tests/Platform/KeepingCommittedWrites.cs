using Marrakesh.Cli;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Marrakesh.Tests.Platform;

public sealed class KeepingCommittedWrites : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"marrakesh-durability-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Every_SQLite_connection_commits_with_synchronous_FULL_even_after_someone_relaxed_it()
    {
        var services = new ServiceCollection().AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IAuditActor, CliActor>()
            .AddMarrakeshData(DatabaseSettings.From(new ConfigurationBuilder()
                .AddInMemoryCollection([KeyValuePair.Create<string, string?>(DatabaseSettings.Variable, path)]).Build()));
        await using var provider = services.BuildServiceProvider();

        await using (var first = provider.CreateAsyncScope())
        {
            var db = first.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous = OFF");
            await db.Database.CloseConnectionAsync(); // back to the pool, still OFF
        }
        await using var second = provider.CreateAsyncScope();
        var again = second.ServiceProvider.GetRequiredService<AppDbContext>();
        await again.Database.OpenConnectionAsync();
        await using var command = again.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous";

        Assert.Equal(2L, await command.ExecuteScalarAsync()); // 2 = FULL
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
    }
}
