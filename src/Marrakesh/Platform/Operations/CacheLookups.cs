using Microsoft.AspNetCore.OutputCaching;

namespace Marrakesh.Platform.Operations;

/// <summary>
/// Counts the output cache's hits and misses for every endpoint that caches (the reference, datasets and search
/// answers), named by the API's first path segment (<c>states</c>, <c>datasets</c>, <c>search</c>): a short, fixed
/// list. As a base policy it only watches; endpoints that do not cache stay uncached.
/// </summary>
internal sealed class CacheLookups : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        MarrakeshMetrics.CacheLookup(NameOf(context.HttpContext.Request.Path), hit: true);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // Reached after a lookup found nothing, or for an endpoint that does not cache (no lookup: not counted).
        if (context.EnableOutputCaching && context.AllowCacheLookup)
        {
            MarrakeshMetrics.CacheLookup(NameOf(context.HttpContext.Request.Path), hit: false);
        }
        return ValueTask.CompletedTask;
    }

    private static string NameOf(PathString path)
    {
        var segments = (path.Value ?? "").Split('/', 4, StringSplitOptions.RemoveEmptyEntries);
        return segments is ["api", var name, ..] ? "api-" + name.ToLowerInvariant() : "pages";
    }
}
