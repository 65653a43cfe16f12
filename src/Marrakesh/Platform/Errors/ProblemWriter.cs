using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Marrakesh.Platform.Errors;

internal static class ProblemWriter
{
    /// <summary>
    /// Writes problem+json through the framework's writer, and writes it anyway when the caller's
    /// Accept header names no JSON type: an API error must never turn into an empty body or a 500.
    /// </summary>
    public static async Task WriteAsync(this IProblemDetailsService problems, HttpContext http, ProblemDetails problem, Exception? exception = null)
    {
        var status = problem.Status ?? StatusCodes.Status500InternalServerError;
        http.Response.StatusCode = status;
        problem.Status = status;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(status);
        problem.Detail ??= DefaultDetail(status);
        problem.Extensions.TryAdd("traceId", http.TraceIdentifier);
        var context = new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception };
        if (!await problems.TryWriteAsync(context))
        {
            await http.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json");
        }
    }

    private static string? DefaultDetail(int status) => status switch
    {
        StatusCodes.Status404NotFound => "There is no such API route; the reference is at /api/docs.",
        StatusCodes.Status405MethodNotAllowed => "This route does not accept that method; the reference is at /api/docs.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
        _ => null,
    };
}
