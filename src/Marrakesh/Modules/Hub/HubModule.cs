using Marrakesh.Platform.Freshness;

namespace Marrakesh.Modules.Hub;

/// <summary>
/// The connection hub of the capacity-building mechanism (Compact para 43(a)): States' requests for support, the offers
/// of the UN Network, partners and experts, the matching between them, and the hub's service level.
/// </summary>
internal static class HubModule
{
    public static IServiceCollection AddHub(this IServiceCollection services)
    {
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, HubPermissionHandler>();
        services.AddScoped<RequestAccess>();
        services.AddScoped<RequestQueries>();
        services.AddScoped<OfferQueries>();
        services.AddScoped<SubmitRequest>();
        services.AddScoped<ChangeRequest>();
        services.AddScoped<TransitionRequest>();
        services.AddScoped<EngagePartners>();
        services.AddScoped<RegisterOffer>();
        services.AddScoped<MatchOffers>();
        services.AddSingleton<OfferCache>();
        services.AddCachedEntities(CacheTopics.Offers, typeof(SupportOffer));
        services.AddScoped<ProposeProgramme>();
        return services;
    }
}
