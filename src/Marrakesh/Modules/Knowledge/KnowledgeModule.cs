using Marrakesh.Modules.Knowledge.Search;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Freshness;

namespace Marrakesh.Modules.Knowledge;

/// <summary>The global knowledge platform: the repository of practices and the one search across the public record.</summary>
internal static class KnowledgeModule
{
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddScoped<PracticeHistory>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, KnowledgePermissionHandler>();
        services.AddScoped<PracticeAccess>();
        services.AddScoped<PracticeQueries>();
        services.AddScoped<SubmitPractice>();
        services.AddScoped<EditPractice>();
        services.AddScoped<ReviewPractice>();
        services.AddScoped<AttachToPractice>();
        services.AddScoped<SearchEntries>();
        services.AddScoped<Searching>();
        services.AddSingleton<SearchDocumentCache>();
        services.AddCachedEntities(CacheTopics.Search, typeof(SearchDocument), typeof(SearchFacet));
        services.AddScoped<ISearchIndex>(s => s.GetRequiredService<DatabaseSettings>().Provider == DatabaseProvider.Postgres
            ? new PostgresSearchIndex(s.GetRequiredService<AppDbContext>(), s.GetRequiredService<SearchDocumentCache>())
            : new SqliteSearchIndex(s.GetRequiredService<AppDbContext>(), s.GetRequiredService<SearchDocumentCache>()));
        services.AddScoped<SearchIndexer>();
        services.AddScoped<Platform.Versions.IRecordChangeListener, SearchFreshness>();
        // After every other module's reference data (registration order), so objectives and States are there to index.
        services.AddScoped<IReferenceData>(s => s.GetRequiredService<SearchIndexer>());
        return services;
    }

    public static void MapKnowledgeApi(this RouteGroupBuilder api)
    {
        api.MapPracticesApi();
        api.MapSearchApi();
    }
}
