namespace Marrakesh.Platform.Operations;

/// <summary>What an operator of the web server relies on: logs, metrics and traces, health answers.</summary>
internal static class OperationsSetup
{
    public static WebApplicationBuilder AddMarrakeshOperations(this WebApplicationBuilder builder)
    {
        builder.AddMarrakeshConsoleLogs();
        builder.AddMarrakeshTelemetry();
        builder.Services.AddMarrakeshHealth();
        builder.Services.Configure<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>(o => o.AddBasePolicy(new CacheLookups()));
        return builder;
    }

    public static WebApplication MapMarrakeshOperations(this WebApplication app)
    {
        app.MapMarrakeshHealth();
        app.MapMarrakeshMetrics();
        return app;
    }
}
