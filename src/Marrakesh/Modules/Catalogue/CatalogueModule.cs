using Marrakesh.Platform.Data;
using Marrakesh.Platform.Freshness;

namespace Marrakesh.Modules.Catalogue;

/// <summary>The Compact's catalogue: 23 objectives with their actions, and 10 guiding principles.</summary>
internal static class CatalogueModule
{
    public static IServiceCollection AddCatalogue(this IServiceCollection services)
    {
        services.AddScoped<CatalogueQueries>();
        services.AddScoped<CatalogueContract>();
        services.AddScoped<IReferenceData, CatalogueReferenceData>();
        services.AddCachedEntities(CacheTopics.Reference, typeof(Objective), typeof(GuidingPrinciple));
        return services;
    }
}
