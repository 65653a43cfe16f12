namespace Marrakesh.Platform.Web;

/// <summary>
/// Reference data changes only when the platform refreshes it, so its API answers are served from
/// the output cache; the refresh evicts the tag.
/// </summary>
internal static class ReferenceCache
{
    public const string Policy = "reference";
    public const string Tag = "reference";

    public static IServiceCollection AddReferenceCache(this IServiceCollection services) =>
        services.AddOutputCache(o => o.AddPolicy(Policy, b => b.Expire(TimeSpan.FromMinutes(10)).SetVaryByQuery("*").Tag(Tag)));
}
