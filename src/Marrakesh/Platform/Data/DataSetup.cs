using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Platform.Data;

internal static class DataSetup
{
    public static IServiceCollection AddMarrakeshData(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<AppDbContext, PostgresAppDbContext>(o => o.UseNpgsql(settings.ConnectionString));
        }
        else
        {
            services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(settings.ConnectionString).AddInterceptors(new SqliteDurability()));
        }
        services.AddScoped<DatabasePreparation>();
        return services;
    }
}
