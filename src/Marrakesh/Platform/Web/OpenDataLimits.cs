using System.Globalization;
using System.Threading.RateLimiting;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Mvc;

namespace Marrakesh.Platform.Web;

/// <summary>
/// Anonymous open-data reads are limited per client address (<c>MARRAKESH_RATE_LIMIT</c> requests a
/// minute, default 600; 0 turns the limit off). A client over the limit gets 429 problem+json with Retry-After.
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
            o.AddPolicy(Policy, http => perMinute <= 0
                ? RateLimitPartition.GetNoLimiter("off")
                : RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ =>
                    new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(http, new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many requests",
                    Detail = $"Open-data reads are limited to {perMinute} a minute per client; wait for Retry-After seconds, or download in fewer calls.",
                });
            };
        });
        return services;
    }
}
