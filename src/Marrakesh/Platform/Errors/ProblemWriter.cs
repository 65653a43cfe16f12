using Microsoft.AspNetCore.Mvc;

namespace Marrakesh.Platform.Errors;

internal static class ProblemWriter
{
    /// <summary>
    /// Writes problem+json through the framework's writer, and writes it anyway when the caller's
    /// Accept header names no JSON type: an API error must never turn into an empty body or a 500.
    /// </summary>
    public static async Task WriteAsync(this IProblemDetailsService problems, HttpContext http, ProblemDetails problem, Exception? exception = null)
    {
        http.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        var context = new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception };
        if (!await problems.TryWriteAsync(context))
        {
            problem.Extensions.TryAdd("traceId", http.TraceIdentifier);
            await http.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json");
        }
    }
}
