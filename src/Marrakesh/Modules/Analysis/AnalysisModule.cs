using Marrakesh.Platform.Data;

namespace Marrakesh.Modules.Analysis;

/// <summary>Migration profiles from the imported figures, the North–South fault line, and claims checked against the record.</summary>
internal static class AnalysisModule
{
    public static IServiceCollection AddAnalysis(this IServiceCollection services)
    {
        services.AddScoped<IReferenceData, SeedClaimsReferenceData>();
        services.AddSingleton<ProfileFiguresCache>();
        services.AddSingleton<ClaimVerdictCache>();
        services.AddScoped<MigrationProfiles>();
        services.AddScoped<StateFactsSource>();
        services.AddScoped<ClaimVerdicts>();
        services.AddScoped<ClaimQueries>();
        services.AddScoped<AddClaim>();
        services.AddScoped<FaultLine>();
        return services;
    }
}
