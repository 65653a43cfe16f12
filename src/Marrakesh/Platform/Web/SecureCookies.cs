namespace Marrakesh.Platform.Web;

/// <summary>
/// One policy for every cookie the site sets (sign-in, antiforgery, language): never readable by script, never sent
/// on another site's posts, and over HTTPS only when the site is reached over HTTPS (<c>MARRAKESH_TLS=true</c>);
/// otherwise secure whenever the request itself came over HTTPS.
/// </summary>
internal static class SecureCookies
{
    public static WebApplication UseSecureCookies(this WebApplication app)
    {
        app.UseCookiePolicy(new CookiePolicyOptions
        {
            HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.Always,
            MinimumSameSitePolicy = SameSiteMode.Lax,
            Secure = SecurityHeaders.BehindTls(app.Configuration) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest,
        });
        return app;
    }
}
