using Marrakesh.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Marrakesh.Platform.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build each provider's context without a running app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design.db").Options,
        SystemActor.Instance, TimeProvider.System, new Freshness.CacheGenerations([], TimeProvider.System));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=marrakesh_design").Options,
        SystemActor.Instance, TimeProvider.System, new Freshness.CacheGenerations([], TimeProvider.System));
}
