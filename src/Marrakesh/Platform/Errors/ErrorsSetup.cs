using Microsoft.AspNetCore.Http.Json;

namespace Marrakesh.Platform.Errors;

internal static class ErrorsSetup
{
    public static IServiceCollection AddProblemResponses(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Extensions.TryAdd("traceId", c.HttpContext.TraceIdentifier);
            c.ProblemDetails.Detail ??= c.ProblemDetails.Status switch
            {
                StatusCodes.Status404NotFound => "There is no such API route; the reference is at /api/docs.",
                StatusCodes.Status405MethodNotAllowed => "This route does not accept that method; the reference is at /api/docs.",
                StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
                _ => null,
            };
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        // Body and parameter binding failures throw, so the handler can say what was wrong.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o => o.SerializerOptions.AllowTrailingCommas = false);
        return services;
    }

    /// <summary>
    /// Status codes without a body (unknown routes, 405, 415) become problem+json under /api and /health,
    /// and a friendly page everywhere else.
    /// </summary>
    public static WebApplication UseProblemResponses(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/status/500" });
        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(c => !IsApi(c), site => site.UseStatusCodePagesWithReExecute("/status/{0}"));
        return app;
    }

    public static bool IsApi(HttpContext http) => IsApi(http.Request.Path);

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/health");
}
