namespace Marrakesh.Platform.Web;

/// <summary>
/// Cross-origin reads of the API (and its OpenAPI document), so a browser application on another site can use the open
/// data: GET and HEAD from any origin, without credentials, with the caching, paging and rate-limit headers exposed.
/// Only reads are opened: a preflight for any other method is answered without permission, and a cross-origin write gets
/// no Access-Control-Allow-Origin, so the browser keeps the answer from the page. Tokens are not an allowed header either:
/// a page on another site reads what anyone may read, never what a person's token may (ADR 0018).
/// </summary>
internal static class OpenDataCors
{
    public const string Policy = "open-data-reads";

    /// <summary>Response headers a script on another origin may read.</summary>
    public static readonly string[] Exposed =
    [
        "ETag", "Last-Modified", "Link", "Location", "Retry-After", "RateLimit", "RateLimit-Policy", "Deprecation", "Sunset",
        "Content-Disposition",
    ];

    public static IServiceCollection AddOpenDataCors(this IServiceCollection services) =>
        services.AddCors(o => o.AddPolicy(Policy, p => p
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .WithHeaders("Accept", "Accept-Language", "If-None-Match", "If-Modified-Since")
            .WithExposedHeaders(Exposed)
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));

    public static IApplicationBuilder UseOpenDataCors(this IApplicationBuilder app) =>
        app.UseWhen(IsOpenRead, reads => reads.UseCors(Policy));

    /// <summary>A read of the API, or a preflight asking about one (the policy then decides which methods it allows).</summary>
    private static bool IsOpenRead(HttpContext http) =>
        (http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/openapi"))
        && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method));
}
