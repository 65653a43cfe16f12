using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Marrakesh.Platform.Localization;

/// <summary>The language switcher posts here (a form, so it works without JavaScript) and returns to the page.</summary>
internal static class LanguageSwitch
{
    public static void MapLanguageSwitch(this IEndpointRouteBuilder app) =>
        app.MapPost("/language", ([FromForm] string culture, [FromForm] string? returnUrl, HttpContext http, TimeProvider clock) =>
        {
            var code = UiCultures.All.Any(c => c.Code == culture) ? culture : UiCultures.Default;
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(code)),
                new CookieOptions { Expires = clock.GetUtcNow().AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        }).ExcludeFromDescription();

    /// <summary>The same test as <c>IUrlHelper.IsLocalUrl</c>: a path on this site, never //host or /\host.</summary>
    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' &&
        (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) &&
        !url.Any(char.IsControl);
}
