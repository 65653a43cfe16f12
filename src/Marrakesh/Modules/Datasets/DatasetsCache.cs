using Marrakesh.Platform.Freshness;

namespace Marrakesh.Modules.Datasets;

/// <summary>
/// Open-data reads of the figures are served from the output cache. Every import moves the datasets topic on (ADR 0017),
/// in whichever process it runs (an upload, the CLI, another server), and every server's cached answers follow.
/// </summary>
internal static class DatasetsCache
{
    /// <summary>The output-cache policy and the conditional reads' scope: the datasets cache topic.</summary>
    public const string Policy = CacheTopics.Datasets;
    /// <summary>How long a cached answer (and <see cref="DatasetCatalog"/>'s lookups) lives when nothing changes.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(10);

    public static IServiceCollection AddDatasetsCache(this IServiceCollection services) =>
        services.AddOutputCache(o => o.AddPolicy(Policy, b => b.Expire(Expiry).SetVaryByQuery("*").FreshFor(CacheTopics.Datasets)));
}
