using Marrakesh.Platform.Data;
using Marrakesh.Platform.Freshness;

namespace Marrakesh.Modules.States;

/// <summary>States: codes, M49 regions, groupings and regional commissions.</summary>
internal static class StatesModule
{
    public static IServiceCollection AddStates(this IServiceCollection services)
    {
        services.AddScoped<StateQueries>();
        services.AddScoped<StatesContract>();
        services.AddScoped<IReferenceData, StatesReferenceData>();
        services.AddCachedEntities(CacheTopics.Reference, typeof(State));
        return services;
    }
}
