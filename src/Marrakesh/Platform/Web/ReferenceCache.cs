using Marrakesh.Platform.Freshness;

namespace Marrakesh.Platform.Web;

/// <summary>
/// Reference data changes only when the platform refreshes it, so its API answers are served from
/// the output cache. The cache answers before authorization runs (see Composition), so only
/// anonymous endpoints may use this policy. A refresh of the reference data, by this server or by <c>marrakesh migrate</c>
/// beside it, moves the reference topic on and every server's answers follow (ADR 0017); entries otherwise live ten minutes.
/// </summary>
internal static class ReferenceCache
{
    public const string Policy = CacheTopics.Reference;

    public static IServiceCollection AddReferenceCache(this IServiceCollection services) =>
        services.AddOutputCache(o => o.AddPolicy(Policy, b => b.Expire(TimeSpan.FromMinutes(10)).SetVaryByQuery("*").FreshFor(CacheTopics.Reference)));
}
