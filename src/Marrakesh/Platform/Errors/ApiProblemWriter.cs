using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Marrakesh.Platform.Errors;

/// <summary>
/// Writes problem+json for an API answer when the framework's writer declines because the caller's Accept names no
/// JSON type. Registered after that writer, so it only takes what it leaves. Without it, the framework's validation
/// filter falls back to plain JSON with C# field names, bypassing the shaping in <see cref="ErrorsSetup"/>.
/// </summary>
internal sealed class ApiProblemWriter(IOptions<ProblemDetailsOptions> options, IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => ErrorsSetup.IsApi(context.HttpContext);

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var response = context.HttpContext.Response;
        var problem = context.ProblemDetails;
        problem.Status ??= response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        options.Value.CustomizeProblemDetails?.Invoke(context);
        await response.WriteAsJsonAsync(problem, json.Value.SerializerOptions.GetTypeInfo(problem.GetType()), "application/problem+json");
    }
}
