using System.Net;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Pages;

public sealed class SigningInAndManagingTokens(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private const string Password = MarrakeshApp.Password;

    private Task<(HttpClient Browser, string Email)> SignedInAsync(string role = "secretariat") => app.SignedInBrowserAsync(role);

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
    public async Task A_failed_sign_in_leaves_the_account_untouched()
    {
        var email = await app.CreateUserAsync("admin", password: Password);
        var reader = app.ClientWithToken(await app.CreateTokenAsync(email));
        async Task<int> AnonymousWritesAsync() =>
            (await (await reader.GetAsync("/api/audit?entity=AppUser&actor=anonymous&limit=500")).ShouldBeJsonAsync()).Items().Count();
        var before = await AnonymousWritesAsync();
        var browser = app.CreateClient();
        var form = (await browser.GetPageAsync("/account/sign-in")).Form("main form");

        await browser.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = email, ["Password"] = "wrong password!" });

        // Failures are counted per address in memory, not on the account, so they can neither lock it nor be timed.
        Assert.Equal(before, await AnonymousWritesAsync());
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task After_five_wrong_passwords_even_the_right_one_gets_the_same_refusal_from_that_browser()
    {
        var email = await app.CreateUserAsync("admin", password: Password);
        var browser = app.CreateClient();
        var wrong = "";
        for (var i = 0; i < 5; i++)
        {
            var attempt = (await browser.GetPageAsync("/account/sign-in")).Form("main form");
            wrong = (await Browsing.ParseAsync(await browser.SubmitAsync(attempt, new Dictionary<string, string> { ["Email"] = email, ["Password"] = "wrong password!" })))
                .QuerySelector(".errors")!.TextContent;
        }

        var form = (await browser.GetPageAsync("/account/sign-in")).Form("main form");
        var page = await Browsing.ParseAsync(await browser.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = email, ["Password"] = Password }));

        Assert.Equal(wrong, page.QuerySelector(".errors")!.TextContent);
        Assert.DoesNotContain(email, page.QuerySelector("nav")!.TextContent);
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
        Assert.Contains("(999 given)", page.QuerySelector("#Days-error")!.TextContent);
        Assert.Equal("true", page.QuerySelector("input[name=Days]")!.GetAttribute("aria-invalid"));
        Assert.Null(page.QuerySelector("code.token"));
        Assert.Equal(before, await app.Database.CountAsync("accounts_api_tokens"));
    }

    [Fact]
    public async Task A_lifetime_that_is_not_a_number_creates_nothing()
    {
        var (browser, _) = await SignedInAsync();
        var before = await app.Database.CountAsync("accounts_api_tokens");
        var form = (await browser.GetPageAsync("/account/tokens")).Form("form[action*='handler=Create']");

        var page = await Browsing.ParseAsync(await browser.SubmitAsync(form, new Dictionary<string, string> { ["Days"] = "abc" }));

        Assert.NotEmpty(page.QuerySelector(".errors")!.TextContent.Trim());
        Assert.NotEmpty(page.QuerySelector("#Days-error")!.TextContent.Trim());
        Assert.Equal("abc", page.QuerySelector("input[name=Days]")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("code.token"));
        Assert.Equal(before, await app.Database.CountAsync("accounts_api_tokens"));
    }

    [Fact]
    public async Task Revoking_a_token_that_is_not_yours_is_a_404_page()
    {
        var (browser, _) = await SignedInAsync();
        var (_, otherEmail) = await app.ClientAsAsync("fund-manager");
        var form = (await browser.GetPageAsync("/account/tokens")).Form("form[action*='handler=Create']");
        var token = (await app.ClientWithToken(await app.CreateTokenAsync(otherEmail)).GetAsync("/api/tokens")).Content;
        var otherId = (await Problems.ShouldBeJsonAsync(new HttpResponseMessage(HttpStatusCode.OK) { Content = token })).Items().First().GetProperty("id").GetString();
        var antiforgery = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await browser.PostAsync($"/account/tokens?handler=Revoke&id={otherId}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("404", (await Browsing.ParseAsync(response)).QuerySelector("h1")!.TextContent);
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
