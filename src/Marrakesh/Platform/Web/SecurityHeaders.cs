namespace Marrakesh.Platform.Web;

/// <summary>
/// The headers every answer carries. The site runs no script and no inline style, so its policy allows only its own
/// files; the API reference (<c>/api/docs</c>, a third-party viewer) gets the inline script and style it needs. When the
/// app serves HTTPS itself (<c>MARRAKESH_TLS=true</c>), plain HTTP is redirected and browsers are told to stay on it (HSTS).
/// </summary>
internal static class SecurityHeaders
{
    public const string TlsVariable = "MARRAKESH_TLS";

    public const string SitePolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string ApiReferencePolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public static bool BehindTls(IConfiguration configuration) =>
        string.Equals(configuration[TlsVariable], "true", StringComparison.OrdinalIgnoreCase);

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        if (BehindTls(app.Configuration))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.Use((context, next) =>
        {
            // Set as the answer starts, so error pages (whose handler clears the headers) carry them too.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api/docs") ? ApiReferencePolicy : SitePolicy;
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
