using System.Net;
using Marrakesh.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Marrakesh.Tests.Platform;

/// <summary>
/// With MARRAKESH_TLS=true every cookie the site sets (antiforgery, sign-in, language) is Secure, HttpOnly and
/// SameSite (issue 17, item 8).
/// </summary>
public sealed class SecuringCookies(SecuringCookies.AppOverTls app) : IClassFixture<SecuringCookies.AppOverTls>
{
    public sealed class AppOverTls : MarrakeshApp
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["MARRAKESH_TLS"] = "true" };
    }

    [Fact]
    public async Task The_antiforgery_sign_in_and_language_cookies_are_secure_httponly_and_samesite()
    {
        var email = await app.CreateUserAsync("secretariat", password: MarrakeshApp.Password);
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false,
        });
        var formPage = await browser.GetAsync("/account/sign-in");
        var antiforgery = SetCookies.Named(formPage, ".AspNetCore.Antiforgery");
        var form = (await Browsing.ParseAsync(formPage)).Form("main form");
        browser.DefaultRequestHeaders.Add("Cookie", SetCookies.Pair(antiforgery));

        var signedIn = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = email, ["Password"] = MarrakeshApp.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var language = await browser.SubmitAsync((await Browsing.ParseAsync(await browser.GetAsync("/"))).Form("form[action='/language']"),
            new Dictionary<string, string> { ["culture"] = "fr" });

        foreach (var cookie in new[] { antiforgery, SetCookies.Named(signedIn, "marrakesh.auth"), SetCookies.Named(language, ".AspNetCore.Culture") })
        {
            Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Matches("(?i); samesite=(lax|strict)", cookie);
        }
    }
}
