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
/// Retry-After, as problem+json on the API and as the status page on the site.
/// </summary>
internal static class OpenDataLimits
{
    public const string Policy = "open-data";
    public const string Variable = "MARRAKESH_RATE_LIMIT";
    public const int DefaultPerMinute = 600;

    public static IServiceCollection AddOpenDataLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue(Variable, DefaultPerMinute);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, http => perMinute <= 0
                ? RateLimitPartition.GetNoLimiter("off")
                : RateLimitPartition.GetFixedWindowLimiter(CallerOf(http), _ =>
                    new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
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

    private static string CallerOf(HttpContext http) =>
        http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } account ? "account:" + account : "address:" + ClientAddress.Of(http);
}
