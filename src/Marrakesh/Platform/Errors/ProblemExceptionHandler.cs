using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Marrakesh.Platform.Errors;

/// <summary>
/// Turns the domain exceptions and framework request errors into RFC 9457 problem+json.
/// Anything unexpected becomes a bare 500 with a trace id, never the exception message.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        // With an error page configured, the request path has already been rewritten to it.
        var path = http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path;
        if (!ErrorsSetup.IsApi(path))
        {
            if (StatusOf(exception) >= StatusCodes.Status500InternalServerError)
            {
                logger.LogError(exception, "Unhandled error on page {Path}", path);
            }
            return false; // the site shows its own error page (see ErrorsSetup)
        }
        var problem = exception switch
        {
            InvalidInputException e => Invalid(e.Errors),
            NotFoundException e => Problem(StatusCodes.Status404NotFound, "Not found", e.Message),
            // A caller without a working token is told to authenticate (401), as the route policies tell it.
            ForbiddenException e when http.User.Identity?.IsAuthenticated != true => Unauthenticated(http, e.Message),
            ForbiddenException e => Problem(StatusCodes.Status403Forbidden, "Forbidden", e.Message),
            ConflictException e => Problem(StatusCodes.Status409Conflict, "Conflict", e.Message),
            DomainRuleException { Field: { } field } e => RuleOnField(field, e.Message),
            DomainRuleException e => Problem(StatusCodes.Status422UnprocessableEntity, "Rule not met", e.Message),
            LimitExceededException e => OverLimit(e),
            PreconditionFailedException e => Problem(StatusCodes.Status412PreconditionFailed, "Stale version", e.Message),
            PreconditionRequiredException e => Problem(StatusCodes.Status428PreconditionRequired, "If-Match required", e.Message),
            Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException => Problem(StatusCodes.Status412PreconditionFailed, "Stale version",
                "Someone changed this at the same moment; read it again and reapply your change."),
            Microsoft.EntityFrameworkCore.DbUpdateException e when DatabaseErrors.IsUniqueViolation(e) => Problem(StatusCodes.Status409Conflict, "Conflict",
                "This would duplicate a record that already exists (perhaps made at the same moment); read the current state and try again."),
            BadHttpRequestException { InnerException: JsonException { Path: { Length: > 2 } jsonPath } json } =>
                Invalid(new Dictionary<string, string[]> { [jsonPath[2..]] = [$"The value is not valid here: {FirstSentence(json.Message)}"] }),
            BadHttpRequestException e => Problem(e.StatusCode, "Bad request", e.Message),
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Path}", path);
            problem = Problem(StatusCodes.Status500InternalServerError, "Server error",
                "Something went wrong on our side. Quote the trace id when reporting it.");
        }

        await problems.WriteAsync(http, problem, exception);
        return true;
    }

    public static int StatusOf(Exception exception) => exception switch
    {
        InvalidInputException => StatusCodes.Status400BadRequest,
        NotFoundException => StatusCodes.Status404NotFound,
        ForbiddenException => StatusCodes.Status403Forbidden,
        ConflictException => StatusCodes.Status409Conflict,
        DomainRuleException => StatusCodes.Status422UnprocessableEntity,
        LimitExceededException e => e.StatusCode,
        PreconditionFailedException => StatusCodes.Status412PreconditionFailed,
        PreconditionRequiredException => StatusCodes.Status428PreconditionRequired,
        Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException => StatusCodes.Status412PreconditionFailed,
        Microsoft.EntityFrameworkCore.DbUpdateException e when DatabaseErrors.IsUniqueViolation(e) => StatusCodes.Status409Conflict,
        BadHttpRequestException e => e.StatusCode,
        Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static ProblemDetails Unauthenticated(HttpContext http, string rule)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return Problem(StatusCodes.Status401Unauthorized, "Unauthorized", $"Send a valid personal API token. {rule}");
    }

    private static string FirstSentence(string message) => message.Split(". ", 2)[0].TrimEnd('.') + ".";

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };

    private static ProblemDetails OverLimit(LimitExceededException e)
    {
        var problem = Problem(e.StatusCode, e.IsSize ? "Too large" : "Over a limit", e.Message);
        problem.Extensions["limit"] = e.Limit;
        problem.Extensions["maximum"] = e.Maximum;
        if (e.Download is not null)
        {
            problem.Extensions["download"] = e.Download;
        }
        return problem;
    }

    private static ValidationProblemDetails RuleOnField(string field, string detail) =>
        new(new Dictionary<string, string[]> { [field] = [detail] })
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "Rule not met",
            Detail = detail,
        };

    /// <summary>Every field at fault, with its reasons (the same shape as the framework's validation answers).</summary>
    public static ValidationProblemDetails Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid input",
            Detail = errors.Count == 1 && errors.Keys.Single() is { Length: > 0 } field
                ? $"{field}: {string.Join(" ", errors.Values.Single())}"
                : $"{errors.Count} fields are not valid: {string.Join(", ", errors.Keys)}.",
        };
}
