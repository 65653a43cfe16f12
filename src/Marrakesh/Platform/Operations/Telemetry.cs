using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Marrakesh.Platform.Operations;

/// <summary>
/// Metrics and traces through OpenTelemetry. Metrics (requests, Kestrel, runtime, Npgsql's pool, the platform's own
/// <see cref="MarrakeshMetrics"/>) are always collected and scraped at <c>/metrics</c>; with the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set they, the traces (requests, outgoing HTTP, Npgsql commands) and the logs
/// also go to that collector. Without a collector no trace is recorded: nothing would read it.
/// </summary>
internal static class Telemetry
{
    public const string OtlpVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string MetricsPath = "/metrics";

    public static void AddMarrakeshTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpVariable]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("marrakesh"))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(MarrakeshMetrics.MeterName)
                // Only the listed scrapers reach it (MetricsAccess), so a scrape need not be served from a cache.
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        if (otlp)
        {
            telemetry
                .WithTracing(t => t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddNpgsql())
                .UseOtlpExporter();
        }
        builder.Services.AddSingleton<MetricsAccess>();
    }

    /// <summary>The Prometheus scrape endpoint, behind <see cref="MetricsAccess"/> and left out of the API document.</summary>
    public static void MapMarrakeshMetrics(this WebApplication app)
    {
        var access = app.Services.GetRequiredService<MetricsAccess>();
        app.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null,
                configureBranchedPipeline: branch => branch.Use(access.GuardAsync), optionsName: null);
    }
}
