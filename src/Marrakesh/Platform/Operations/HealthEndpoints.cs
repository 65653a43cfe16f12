using System.Text.Json;
using Marrakesh.Platform.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Marrakesh.Platform.Operations;

/// <summary>
/// Liveness and readiness kept apart. <c>/health/live</c> runs no check: the process answers, so restarting it would
/// not help. <c>/health/ready</c> (and <c>/health</c>, its older name, in plain text) needs the database to answer with a current
/// schema, so a load balancer sends no traffic to a server that would only fail. Both answer a small JSON document, never cached.
/// </summary>
internal static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static void AddMarrakeshHealth(this IServiceCollection services) =>
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);

    public static void MapMarrakeshHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        var ready = new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync };
        app.MapHealthChecks("/health/ready", ready);
        // The older name keeps its plain-text answer for the monitors already watching it.
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = ready.Predicate });
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }, cancellationToken: http.RequestAborted);
    }
}
