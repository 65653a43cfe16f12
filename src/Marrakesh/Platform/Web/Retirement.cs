using System.Globalization;

namespace Marrakesh.Platform.Web;

/// <summary>
/// A route on its way out, as the versioning policy in the README says: from <paramref name="Deprecated"/> its answers
/// carry <c>Deprecation</c> (RFC 9745) and <c>Sunset</c> (RFC 8594), and a Link to the route that replaces it; after
/// <paramref name="Sunset"/> the route may be removed.
/// </summary>
/// <param name="Deprecated">When the route was deprecated.</param>
/// <param name="Sunset">The earliest date it may stop answering: at least six months after <paramref name="Deprecated"/>.</param>
/// <param name="Successor">The route to use instead.</param>
public sealed record RetiredRoute(DateTimeOffset Deprecated, DateTimeOffset Sunset, string Successor);

internal static class Retirement
{
    /// <summary>The least notice a retired route gets before it stops answering.</summary>
    public static readonly TimeSpan Notice = TimeSpan.FromDays(182);

    /// <summary>Marks a route as retired in favour of <paramref name="successor"/>; its answers then say so in their headers.</summary>
    public static RouteHandlerBuilder Retired(this RouteHandlerBuilder endpoint, DateOnly deprecated, DateOnly sunset, string successor)
    {
        var route = new RetiredRoute(new DateTimeOffset(deprecated, TimeOnly.MinValue, TimeSpan.Zero), new DateTimeOffset(sunset, TimeOnly.MinValue, TimeSpan.Zero), successor);
        if (route.Sunset - route.Deprecated < Notice)
        {
            throw new ArgumentException($"A retired route gets at least {Notice.TotalDays} days' notice before its sunset.", nameof(sunset));
        }
        return endpoint.WithMetadata(route).AddEndpointFilter(async (context, next) =>
        {
            var headers = context.HttpContext.Response.Headers;
            headers["Deprecation"] = "@" + route.Deprecated.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            headers["Sunset"] = route.Sunset.ToString("R", CultureInfo.InvariantCulture);
            headers.Append("Link", $"<{route.Successor}>; rel=\"successor-version\"");
            return await next(context);
        });
    }
}
