namespace Marrakesh.Modules.Datasets;

/// <summary>Migration data: importers for UN DESA, World Bank and KNOMAD files, the figures, the open-data API.</summary>
internal static class DatasetsModule
{
    public static IServiceCollection AddDatasets(this IServiceCollection services)
    {
        services.AddScoped<ImportDataset>();
        services.AddScoped<DatasetQueries>();
        services.AddSingleton<DatasetCatalog>();
        services.AddScoped<StateMigration>();
        services.AddScoped<DataOverview>();
        services.AddScoped<DatasetsContract>();
        return services;
    }
}
