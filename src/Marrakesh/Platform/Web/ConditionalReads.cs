using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace Marrakesh.Platform.Web;

/// <summary>A read whose answers change only with its scope's data (<see cref="IDataVersions"/>).</summary>
/// <param name="Scope">The data it reads.</param>
public sealed record ConditionalRead(string Scope);

/// <summary>
/// Conditional GET (RFC 9110 §13, RFC 9111) for open-data and reference reads, in one place: each answer carries an ETag
/// made from its scope, its data's version and a hash of the request target and Accept (so the CSV answer's differs from
/// the JSON's), Last-Modified (when that version began) and Cache-Control. A request whose If-None-Match names a current
/// ETag gets 304 first thing, before any other middleware: the tag itself says which data and which request it stands
/// for. If-Modified-Since is checked once the route is known. Records with their own versions (<see cref="Versioning"/>)
/// keep their ETags.
/// </summary>
internal static class ConditionalReads
{
    /// <summary>How long a client or shared cache may reuse an answer without asking again.</summary>
    public const string CacheControl = "public, max-age=60";

    public static TBuilder Conditional<TBuilder>(this TBuilder endpoint, string scope) where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(new ConditionalRead(scope));

    public static IServiceCollection AddConditionalReads(this IServiceCollection services)
    {
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
            var etag = $"\"{scope}.{version.Token}.{RequestHash(http)}\"";
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

    /// <summary>
    /// The 304 fast path, first in the pipeline: an If-None-Match tag this server issued names its scope, version and
    /// request, so when the scope's version is still that one and the request is the same, nothing else needs to run.
    /// </summary>
    public static IApplicationBuilder UseNotModifiedFirst(this IApplicationBuilder app)
    {
        var versions = app.ApplicationServices.GetRequiredService<IDataVersions>();
        return app.Use((http, next) =>
        {
            var request = http.Request;
            if (request.Headers.IfNoneMatch.Count == 0 || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                || !EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags))
            {
                return next(http);
            }
            string? hash = null;
            foreach (var tag in tags)
            {
                // "scope.boot.generation.hash"
                var value = tag.Tag.Value;
                if (value is null || value.Split('.') is not [var quotedScope, var boot, var generation, var tail] || quotedScope.Length < 2 || tail.Length < 2
                    || !versions.Knows(quotedScope[1..]))
                {
                    continue;
                }
                var version = versions.Of(quotedScope[1..]);
                if (version.Token != $"{boot}.{generation}")
                {
                    continue;
                }
                hash ??= RequestHash(http);
                if (tail.AsSpan(0, tail.Length - 1).SequenceEqual(hash))
                {
                    http.Response.StatusCode = StatusCodes.Status304NotModified;
                    var headers = http.Response.Headers;
                    headers.ETag = value;
                    headers.LastModified = version.Since.ToString("R", CultureInfo.InvariantCulture);
                    headers.CacheControl = CacheControl;
                    headers.Vary = HeaderNames.Accept;
                    if (request.Headers.Origin.Count > 0)
                    {
                        headers.AccessControlAllowOrigin = "*";
                    }
                    return Task.CompletedTask;
                }
            }
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

    /// <summary>
    /// FNV-1a of the request target as the client sent it (before any rewrite) and its Accept: stable across processes and
    /// machines, cheap, and different for each format of a route.
    /// </summary>
    private static string RequestHash(HttpContext http)
    {
        var target = http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget;
        var hash = Fnv(2166136261u, string.IsNullOrEmpty(target) ? http.Request.Path + http.Request.QueryString : target);
        hash = Fnv(Fnv(hash, "\n"), http.Request.Headers.Accept.ToString());
        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }

    private static uint Fnv(uint hash, string text)
    {
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }
        return hash;
    }
}
