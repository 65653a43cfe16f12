namespace Marrakesh.Platform.Operations;

/// <summary>
/// <c>MARRAKESH_LOG_FORMAT</c>: <c>json</c> (the default in Production) writes one JSON object a line with its scopes,
/// so every line written during a request carries that request's <c>RequestId</c> and <c>TraceId</c> for a log
/// collector to group by; <c>plain</c> (the default elsewhere) keeps the framework's readable console lines.
/// </summary>
internal static class ConsoleLogs
{
    public const string Variable = "MARRAKESH_LOG_FORMAT";

    public static void AddMarrakeshConsoleLogs(this WebApplicationBuilder builder)
    {
        var format = builder.Configuration[Variable]?.Trim().ToLowerInvariant();
        format = string.IsNullOrEmpty(format) ? (builder.Environment.IsProduction() ? "json" : "plain") : format;
        switch (format)
        {
            case "json":
                builder.Logging.AddJsonConsole(o =>
                {
                    o.IncludeScopes = true;
                    o.UseUtcTimestamp = true;
                    o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                });
                break;
            case "plain":
                break;
            default:
                throw new InvalidOperationException($"{Variable}: '{format}' is not a log format; use json or plain.");
        }
    }
}
