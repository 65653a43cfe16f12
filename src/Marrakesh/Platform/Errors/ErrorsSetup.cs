using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Marrakesh.Platform.Errors;

internal static class ErrorsSetup
{
    public static IServiceCollection AddProblemResponses(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Extensions.TryAdd("traceId", c.HttpContext.TraceIdentifier);
            // The framework's validation filter names fields by their C# path; the API names them as its JSON does.
            if (c.ProblemDetails is HttpValidationProblemDetails { Errors.Count: > 0 } validation && c.Exception is null)
            {
                var errors = FieldPath.ToApi(validation.Errors);
                validation.Errors.Clear();
                foreach (var (field, reasons) in errors)
                {
                    validation.Errors[field] = reasons;
                }
                var shaped = ProblemExceptionHandler.Invalid(errors);
                validation.Title = shaped.Title;
                validation.Detail = shaped.Detail;
            }
        });
        services.AddSingleton<IProblemDetailsWriter, ApiProblemWriter>();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        // Body and parameter binding failures throw, so the handler can say what was wrong.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>
    /// Status codes without a body (unknown routes, 405, 415) become problem+json under /api and /health,
    /// and a friendly page everywhere else.
    /// </summary>
    public static WebApplication UseProblemResponses(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // Pages re-execute the error page with the status the exception stands for.
            ExceptionHandlingPath = "/status/500",
            StatusCodeSelector = ProblemExceptionHandler.StatusOf,
        });
        app.UseKnownCharsetsOnly();
        app.UseQueryWithoutControlCharacters();
        app.UseWhen(IsApi, api => api.UseStatusCodePages(context => context.HttpContext.RequestServices
            .GetRequiredService<IProblemDetailsService>()
            .WriteAsync(context.HttpContext, new ProblemDetails { Status = context.HttpContext.Response.StatusCode })));
        app.UseWhen(c => !IsApi(c), site => site.UseStatusCodePagesWithReExecute("/status/{0}"));
        return app;
    }

    public static bool IsApi(HttpContext http) => IsApi(http.Request.Path);

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/health");
}
