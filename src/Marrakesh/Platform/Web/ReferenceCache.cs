namespace Marrakesh.Platform.Web;

/// <summary>
/// Reference data changes only when the platform refreshes it, so its API answers are served from
/// the output cache. The cache answers before authorization runs (see Composition), so only
/// anonymous endpoints may use this policy. Entries live ten minutes, so a refresh run by
/// <c>marrakesh migrate</c> beside a running server shows within that time.
/// </summary>
internal static class ReferenceCache
{
    public const string Policy = "reference";

    public static IServiceCollection AddReferenceCache(this IServiceCollection services) =>
        services.AddOutputCache(o => o.AddPolicy(Policy, b => b.Expire(TimeSpan.FromMinutes(10)).SetVaryByQuery("*")));
}
