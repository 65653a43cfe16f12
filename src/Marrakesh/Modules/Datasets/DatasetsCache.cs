using System.Globalization;

namespace Marrakesh.Modules.Datasets;

/// <summary>
/// Open-data reads of the figures are served from the output cache. Every import moves the generation on, and
/// cached answers vary by it, so an import made in this process (an upload, or a CLI verb run in-process) shows
/// at once; an import by a separate CLI process shows when the entries expire.
/// </summary>
internal static class DatasetsCache
{
    public const string Policy = "datasets";
    /// <summary>How long a cached answer (and <see cref="DatasetCatalog"/>'s lookups) may miss an import by another process.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(10);
    private static long generation;

    public static long Generation => Interlocked.Read(ref generation);

    public static void Changed() => Interlocked.Increment(ref generation);

    public static IServiceCollection AddDatasetsCache(this IServiceCollection services)
    {
        // Conditional reads (ETag, Last-Modified, 304) of the figures follow the same generation.
        services.AddSingleton<Platform.Web.IDataGeneration, Figures>();
        return services.AddOutputCache(o => o.AddPolicy(Policy, b => b.Expire(Expiry).SetVaryByQuery("*")
            .VaryByValue(_ => new KeyValuePair<string, string>("generation", Generation.ToString(CultureInfo.InvariantCulture)))));
    }

    private sealed class Figures : Platform.Web.IDataGeneration
    {
        public string Scope => Policy;

        public long Generation => DatasetsCache.Generation;
    }
}
