using Marrakesh.Accounts;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Accounts;

/// <summary>
/// Failed sign-ins hold an email per client address and an address as a whole, never the account itself, so a
/// stranger cannot lock its owner out (issue 17, finding 3). Clients are told apart by a trusted proxy's X-Forwarded-For.
/// </summary>
public sealed class ThrottlingSignIns(ThrottlingSignIns.AppBehindAProxy app) : IClassFixture<ThrottlingSignIns.AppBehindAProxy>
{
    private const string Password = MarrakeshApp.Password;
    private const string Wrong = "Wrong-horse-battery-9";

    public sealed class AppBehindAProxy : KestrelApp
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["MARRAKESH_PROXIES"] = "127.0.0.1" };
    }

    [Fact]
    public async Task Five_failures_from_one_address_hold_the_email_there_but_its_owner_signs_in_from_elsewhere()
    {
        var email = await app.CreateUserAsync("secretariat", password: Password);
        var stranger = app.ClientFrom("198.51.100.1");
        for (var i = 0; i < SignInThrottle.FailuresBeforeWaiting; i++)
        {
            Assert.False(await SignInAsync(stranger, email, Wrong));
        }

        Assert.False(await SignInAsync(stranger, email, Password));
        Assert.True(await SignInAsync(app.ClientFrom("203.0.113.7"), email, Password));
    }

    [Fact]
    public async Task The_hold_lasts_a_minute_and_doubles_with_each_further_failure()
    {
        var email = await app.CreateUserAsync("secretariat", password: Password);
        var client = app.ClientFrom("198.51.100.2");
        for (var i = 0; i < SignInThrottle.FailuresBeforeWaiting; i++)
        {
            await SignInAsync(client, email, Wrong);
        }
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.False(await SignInAsync(client, email, Wrong)); // the sixth failure: two minutes

        app.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.False(await SignInAsync(client, email, Password));
        app.Clock.Advance(TimeSpan.FromSeconds(60));
        Assert.True(await SignInAsync(client, email, Password));
    }

    [Fact]
    public async Task Twenty_failures_from_one_address_hold_it_for_every_email_until_one_leaks_away()
    {
        var email = await app.CreateUserAsync("secretariat", password: Password);
        var guesser = app.ClientFrom("198.51.100.3");
        for (var i = 0; i < SignInThrottle.AddressBurst; i++)
        {
            Assert.False(await SignInAsync(guesser, $"guess-{i}@example.org", Wrong));
        }

        Assert.False(await SignInAsync(guesser, email, Password));
        Assert.True(await SignInAsync(app.ClientFrom("198.51.100.4"), email, Password));
        app.Clock.Advance(SignInThrottle.AddressRefill);
        Assert.True(await SignInAsync(app.ClientFrom("198.51.100.3"), email, Password));
    }

    [Fact]
    public async Task A_success_starts_the_count_again()
    {
        var email = await app.CreateUserAsync("secretariat", password: Password);
        var client = app.ClientFrom("198.51.100.5");
        for (var i = 0; i < SignInThrottle.FailuresBeforeWaiting - 1; i++)
        {
            await SignInAsync(client, email, Wrong);
        }
        Assert.True(await SignInAsync(app.ClientFrom("198.51.100.5"), email, Password));

        for (var i = 0; i < SignInThrottle.FailuresBeforeWaiting - 1; i++)
        {
            await SignInAsync(client, email, Wrong);
        }

        Assert.True(await SignInAsync(app.ClientFrom("198.51.100.5"), email, Password));
    }

    /// <summary>Submits the sign-in form; true when the page then shows the person signed in.</summary>
    private static async Task<bool> SignInAsync(HttpClient browser, string email, string password)
    {
        var form = (await browser.GetPageAsync("/account/sign-in")).Form("main form");
        var page = await Browsing.ParseAsync(await browser.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = email, ["Password"] = password }));
        return page.QuerySelector("nav")!.TextContent.Contains(email, StringComparison.Ordinal);
    }
}
