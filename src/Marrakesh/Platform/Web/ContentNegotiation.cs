using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Marrakesh.Platform.Web;

/// <summary>
/// The formats an open-data route answers in, by <c>Accept</c>: JSON always, and CSV or SDMX-CSV where a twin route
/// with that suffix exists (<c>/api/migrant-stock</c> → <c>/api/migrant-stock.csv</c>). Declared on the route with
/// <see cref="ContentNegotiation.Negotiated{TBuilder}"/>.
/// </summary>
/// <param name="CsvSuffix">What the CSV twin adds to the path, or null when there is none.</param>
/// <param name="SdmxSuffix">What the SDMX-CSV twin adds to the path, or null when there is none.</param>
public sealed record OpenDataFormats(string? CsvSuffix, string? SdmxSuffix);

/// <summary>
/// Content negotiation in one place (RFC 9110 §12.5.1): a request that prefers CSV is re-routed to the route's CSV twin,
/// so the twin's answer, caching and limits apply unchanged; a request that accepts none of the route's formats gets 406
/// problem+json naming the ones it has. Routes without <see cref="OpenDataFormats"/> are left alone.
/// </summary>
internal static class ContentNegotiation
{
    public const string Json = "application/json";
    public const string Csv = "text/csv";
    public const string Sdmx = "application/vnd.sdmx.data+csv";

    public static TBuilder Negotiated<TBuilder>(this TBuilder endpoint, string? csvSuffix = null, string? sdmxSuffix = null)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(new OpenDataFormats(csvSuffix, sdmxSuffix));

    /// <summary>Runs between two routing steps: the second routes the rewritten path of a request sent to a twin.</summary>
    public static WebApplication UseContentNegotiation(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            var formats = http.GetEndpoint()?.Metadata.GetMetadata<OpenDataFormats>();
            if (formats is null)
            {
                await next(http);
                return;
            }
            http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
            switch (Choose(http.Request.Headers.Accept, formats))
            {
                case null:
                    await RefuseAsync(http, formats);
                    return;
                case { } suffix when suffix.Length > 0:
                    http.Request.Path += suffix;
                    http.Request.RouteValues.Clear();
                    http.SetEndpoint(null);
                    break;
            }
            await next(http);
        });
        app.UseRouting();
        return app;
    }

    /// <summary>The path suffix of the preferred format ("" for JSON), or null when the caller accepts none of them.</summary>
    public static string? Choose(Microsoft.Extensions.Primitives.StringValues accept, OpenDataFormats formats)
    {
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return ""; // no Accept (or one that does not parse) means anything, and JSON is the default
        }
        // Highest quality first; among equals, the order the caller wrote them in (OrderByDescending is stable).
        foreach (var range in ranges.OrderByDescending(r => r.Quality ?? 1.0))
        {
            if (range.Quality is 0)
            {
                continue;
            }
            var type = range.MediaType.Value ?? "";
            if (Matches(type, Json) || type.Equals("application/problem+json", StringComparison.OrdinalIgnoreCase))
            {
                return "";
            }
            if (formats.CsvSuffix is { } csv && Matches(type, Csv))
            {
                return csv;
            }
            if (formats.SdmxSuffix is { } sdmx && Matches(type, Sdmx) && IsSdmxCsv1(range))
            {
                return sdmx;
            }
        }
        return null;
    }

    /// <summary>The range covers the type: equal, <c>type/*</c> or <c>*/*</c>.</summary>
    private static bool Matches(string range, string type)
    {
        if (range == "*/*")
        {
            return true;
        }
        return range.EndsWith("/*", StringComparison.Ordinal)
            ? type.StartsWith(range[..^1], StringComparison.OrdinalIgnoreCase)
            : range.Equals(type, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The routes write SDMX-CSV 1.0; a range asking for another version is not served by them.</summary>
    private static bool IsSdmxCsv1(MediaTypeHeaderValue range)
    {
        var version = range.Parameters.FirstOrDefault(p => p.Name.Equals("version", StringComparison.OrdinalIgnoreCase))?.Value.Value;
        return version is null || version.Trim('"') is "1.0.0" or "1.0";
    }

    private static async Task RefuseAsync(HttpContext http, OpenDataFormats formats)
    {
        var offered = new List<string> { Json };
        if (formats.CsvSuffix is not null) { offered.Add(Csv); }
        if (formats.SdmxSuffix is not null) { offered.Add(Sdmx + "; version=1.0.0"); }
        http.Response.StatusCode = StatusCodes.Status406NotAcceptable;
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status406NotAcceptable,
            Title = "Not acceptable",
            Detail = $"This route answers in {string.Join(", ", offered)}; Accept asked for '{http.Request.Headers.Accept}'.",
        };
        problem.Extensions["accept"] = offered;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }
}
