using Marrakesh.Platform.Freshness;

namespace Marrakesh.Modules.Datasets;

/// <summary>Migration data: importers for UN DESA, World Bank and KNOMAD files, the figures, the open-data API.</summary>
internal static class DatasetsModule
{
    public static IServiceCollection AddDatasets(this IServiceCollection services)
    {
        services.AddScoped<ImportDataset>();
        services.AddScoped<DatasetQueries>();
        services.AddSingleton<DatasetCatalog>();
        services.AddCachedEntities(CacheTopics.Datasets,
            typeof(DatasetImport), typeof(DatasetLocation), typeof(MigrantStockSeries), typeof(CorridorRow), typeof(IndicatorTable));
        services.AddScoped<StateMigration>();
        services.AddScoped<DataOverview>();
        services.AddScoped<BulkDownload>();
        services.AddScoped<DatasetsContract>();
        return services;
    }
}
