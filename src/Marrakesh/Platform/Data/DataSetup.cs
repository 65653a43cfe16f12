using Marrakesh.Platform.Freshness;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Platform.Data;

internal static class DataSetup
{
    public static IServiceCollection AddMarrakeshData(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton<CacheGenerations>();
        services.AddScoped<ScheduledWorkLease>();
        var onCommit = new GenerationsOnCommit();
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<AppDbContext, PostgresAppDbContext>(o => o.UseNpgsql(settings.ConnectionString).AddInterceptors(onCommit));
        }
        else
        {
            services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(settings.ConnectionString).AddInterceptors(new SqliteDurability(), onCommit));
        }
        services.AddScoped<DatabasePreparation>();
        return services;
    }
}
