using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Mvc;

namespace Marrakesh.Platform.Web;

/// <summary>
/// Public reads, on the API and on the pages alike, are limited to <c>MARRAKESH_RATE_LIMIT</c> requests a minute
/// (default 600; 0 turns the limit off) per caller: a signed-in caller (token or cookie) by account, so colleagues
/// behind one office address do not share a budget; an anonymous one by client address (<see cref="ClientAddress"/>).
/// Pages and API share the budget, so the search page is no way round the search API's limit. Over it: 429 with
/// Retry-After, as problem+json on the API and as the status page on the site. Every limited answer says how much of the
/// budget is left (<see cref="RateLimitHeaders"/>).
/// </summary>
internal static class OpenDataLimits
{
    public const string Policy = "open-data";
    public const string Variable = "MARRAKESH_RATE_LIMIT";
    public const int DefaultPerMinute = 600;

    public static IServiceCollection AddOpenDataLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue(Variable, DefaultPerMinute);
        var headers = new RateLimitHeaders(perMinute);
        services.AddSingleton(headers);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, http => perMinute <= 0
                ? RateLimitPartition.GetNoLimiter("off")
                : RateLimitPartition.Get(CallerOf(http), headers.Create));
            o.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
                    http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                    http.Response.Headers["RateLimit-Policy"] = headers.PolicyValue;
                    http.Response.Headers["RateLimit"] = headers.Value(0, seconds);
                }
                if (!ErrorsSetup.IsApi(http))
                {
                    return; // the site's status pages re-execute /status/429, which says when to come back
                }
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(http, new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many requests",
                    Detail = $"Reads are limited to {perMinute} a minute per account, or per address without a token; wait for Retry-After seconds, or download in fewer calls.",
                });
            };
        });
        return services;
    }

    /// <summary>Adds the RateLimit headers; after the rate limiter, which creates the callers' windows.</summary>
    public static IApplicationBuilder UseRateLimitHeaders(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<RateLimitHeaders>().Use(app);

    public static string CallerOf(HttpContext http) =>
        http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } account ? "account:" + account : "address:" + ClientAddress.Of(http);
}
