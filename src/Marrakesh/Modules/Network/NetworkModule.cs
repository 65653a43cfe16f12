using Marrakesh.Platform.Data;

namespace Marrakesh.Modules.Network;

/// <summary>The UN Network on Migration (members, workstreams, regional and country networks) and the inter-State consultative processes.</summary>
internal static class NetworkModule
{
    public static IServiceCollection AddNetwork(this IServiceCollection services)
    {
        services.AddScoped<IReferenceData, NetworkReferenceData>();
        services.AddScoped<NetworkContract>();
        services.AddScoped<NetworkQueries>();
        services.AddScoped<AddNetworkMember>();
        services.AddScoped<ChangeNetworkMember>();
        services.AddScoped<AddWorkstream>();
        services.AddScoped<ChangeWorkstream>();
        services.AddScoped<AddCountryNetwork>();
        services.AddScoped<ChangeCountryNetwork>();
        return services;
    }
}
