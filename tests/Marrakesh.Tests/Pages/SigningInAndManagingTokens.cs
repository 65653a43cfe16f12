using System.Net;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Pages;

public sealed class SigningInAndManagingTokens(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private const string Password = "Correct-horse-battery-9";

    private async Task<(HttpClient Browser, string Email)> SignedInAsync(string role = "secretariat")
    {
        var email = await app.CreateUserAsync(role, password: Password);
        var browser = app.CreateClient();
        var form = (await browser.GetPageAsync("/account/sign-in")).Form("main form");
        var response = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = email, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (browser, email);
    }

    [Fact]
    public async Task A_person_signs_in_with_email_and_password()
    {
        var (browser, email) = await SignedInAsync();

        var home = await browser.GetPageAsync("/");

        Assert.Contains(email, home.QuerySelector("nav")!.TextContent);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message()
    {
        var email = await app.CreateUserAsync("admin", password: Password);
        var browser = app.CreateClient();
        var form = (await browser.GetPageAsync("/account/sign-in")).Form("main form");

        var page = await Browsing.ParseAsync(await browser.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = email, ["Password"] = "wrong password!" }));

        Assert.Contains("not right", page.QuerySelector(".errors")!.TextContent);
        Assert.DoesNotContain(email, page.QuerySelector("nav")!.TextContent);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        var email = await app.CreateUserAsync("admin", password: Password);
        var browser = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            var attempt = (await browser.GetPageAsync("/account/sign-in")).Form("main form");
            await browser.SubmitAsync(attempt, new Dictionary<string, string> { ["Email"] = email, ["Password"] = "wrong password!" });
        }

        var form = (await browser.GetPageAsync("/account/sign-in")).Form("main form");
        var page = await Browsing.ParseAsync(await browser.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = email, ["Password"] = Password }));

        Assert.Contains("locked", page.QuerySelector(".errors")!.TextContent);
    }

    [Fact]
    public async Task The_tokens_page_needs_a_signed_in_person()
    {
        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/account/tokens");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_token_created_on_the_page_works_for_the_API_and_the_write_is_audited_as_a_page_write()
    {
        var (browser, email) = await SignedInAsync("admin");
        var form = (await browser.GetPageAsync("/account/tokens")).Form("form[action*='handler=Create']");

        var page = await Browsing.ParseAsync(await browser.SubmitAsync(form, new Dictionary<string, string> { ["Name"] = "from the page", ["Days"] = "10" }));

        var token = page.QuerySelector("code.token")!.TextContent;
        var api = app.ClientWithToken(token);
        var me = await (await api.GetAsync("/api/me")).ShouldBeJsonAsync();
        Assert.Equal(email, me.GetProperty("email").GetString());
        var audit = (await (await api.GetAsync($"/api/audit?entity=ApiToken&actor={Uri.EscapeDataString(email)}")).ShouldBeJsonAsync()).Items().Single();
        Assert.Equal("page", audit.GetProperty("channel").GetString());
    }

    [Fact]
    public async Task A_bad_lifetime_on_the_page_shows_an_error_and_creates_nothing()
    {
        var (browser, _) = await SignedInAsync();
        var before = await app.Database.CountAsync("accounts_api_tokens");
        var form = (await browser.GetPageAsync("/account/tokens")).Form("form[action*='handler=Create']");

        var page = await Browsing.ParseAsync(await browser.SubmitAsync(form, new Dictionary<string, string> { ["Days"] = "999" }));

        Assert.Contains("366", page.QuerySelector(".errors")!.TextContent);
        Assert.Null(page.QuerySelector("code.token"));
        Assert.Equal(before, await app.Database.CountAsync("accounts_api_tokens"));
    }

    [Fact]
    public async Task A_token_revoked_on_the_page_stops_working()
    {
        var (browser, email) = await SignedInAsync();
        var token = await app.CreateTokenAsync(email);
        var form = (await browser.GetPageAsync("/account/tokens")).Form("form[action*='handler=Revoke']");

        Assert.Equal(HttpStatusCode.OK, (await browser.SubmitAsync(form)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.ClientWithToken(token).GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task The_sign_in_cookie_does_not_authenticate_API_calls()
    {
        var (browser, _) = await SignedInAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/tokens")).StatusCode);

        await (await browser.GetAsync("/api/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Signing_out_is_a_form_post()
    {
        var (browser, email) = await SignedInAsync();
        var form = (await browser.GetPageAsync("/")).Form("form[action='/account/sign-out']");

        await browser.SubmitAsync(form);

        Assert.DoesNotContain(email, (await browser.GetPageAsync("/")).QuerySelector("nav")!.TextContent);
    }
}
