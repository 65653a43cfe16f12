using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace Marrakesh.Platform.Web;

/// <summary>A read whose answers change only with its scope's data (<see cref="IDataVersions"/>).</summary>
/// <param name="Scope">The data it reads.</param>
public sealed record ConditionalRead(string Scope);

/// <summary>
/// Conditional GET (RFC 9110 §13, RFC 9111) for open-data and reference reads, in one place: each answer carries an ETag
/// made from its data's version and the path (so the CSV twin's differs from the JSON's), Last-Modified (when that version
/// began) and Cache-Control; a request whose If-None-Match names the current ETag, or whose If-Modified-Since is not
/// older than the version, gets 304 before authentication, the rate limiter or the endpoint run. Records with their own
/// versions (<see cref="Versioning"/>) keep their ETags.
/// </summary>
internal static class ConditionalReads
{
    /// <summary>How long a client or shared cache may reuse an answer without asking again.</summary>
    public const string CacheControl = "public, max-age=60";

    public static TBuilder Conditional<TBuilder>(this TBuilder endpoint, string scope) where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(new ConditionalRead(scope));

    public static IServiceCollection AddConditionalReads(this IServiceCollection services)
    {
        services.AddSingleton<IDataGeneration, ReferenceGeneration>();
        services.AddSingleton<IDataVersions, ProcessDataVersions>();
        return services;
    }

    public static IApplicationBuilder UseConditionalReads(this IApplicationBuilder app)
    {
        var versions = app.ApplicationServices.GetRequiredService<IDataVersions>();
        return app.Use((http, next) =>
        {
            var scope = ScopeOf(http.GetEndpoint(), versions);
            if (scope is null || !HttpMethods.IsGet(http.Request.Method))
            {
                return next(http);
            }
            var version = versions.Of(scope);
            var etag = $"\"{version.Token}.{PathHash(http.Request.Path)}\"";
            var lastModified = version.Since.ToString("R", CultureInfo.InvariantCulture);
            if (IsNotModified(http.Request, etag, version.Since))
            {
                var headers = http.Response.Headers;
                http.Response.StatusCode = StatusCodes.Status304NotModified;
                headers.ETag = etag;
                headers.LastModified = lastModified;
                headers.CacheControl = CacheControl;
                return Task.CompletedTask;
            }
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                if (http.Response.StatusCode == StatusCodes.Status200OK && headers.ETag.Count == 0)
                {
                    headers.ETag = etag;
                    headers.LastModified = lastModified;
                    headers.CacheControl = CacheControl;
                }
                return Task.CompletedTask;
            });
            return next(http);
        });
    }

    private static string? ScopeOf(Endpoint? endpoint, IDataVersions versions)
    {
        if (endpoint is null)
        {
            return null;
        }
        return endpoint.Metadata.GetMetadata<ConditionalRead>() is { } read && versions.Knows(read.Scope) ? read.Scope : null;
    }

    /// <summary>If-None-Match decides when present (weak comparison); otherwise If-Modified-Since (RFC 9110 §13.2.2).</summary>
    private static bool IsNotModified(HttpRequest request, string etag, DateTimeOffset since)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0)
        {
            if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
            {
                return false;
            }
            var current = new EntityTagHeaderValue(etag);
            return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
        }
        var ifModifiedSince = request.Headers.IfModifiedSince;
        return ifModifiedSince.Count > 0
            && HeaderUtilities.TryParseDate(ifModifiedSince.ToString(), out var date)
            && since <= date;
    }

    /// <summary>FNV-1a of the path: stable across processes and machines, cheap, and enough to tell a route's twins apart.</summary>
    private static string PathHash(PathString path)
    {
        var hash = 2166136261u;
        foreach (var c in path.Value ?? "")
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }
        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
