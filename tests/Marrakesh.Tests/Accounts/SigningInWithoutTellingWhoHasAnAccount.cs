using Marrakesh.Accounts;
using Marrakesh.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Marrakesh.Tests.Accounts;

/// <summary>
/// Sign-in must not confirm that an account exists (issue 17, finding 3): every failure reads the same, and an unknown
/// email costs the same password check as a wrong password (the time it takes is measured by bench/run-sign-in).
/// </summary>
public sealed class SigningInWithoutTellingWhoHasAnAccount(SigningInWithoutTellingWhoHasAnAccount.AppCountingPasswordChecks app)
    : IClassFixture<SigningInWithoutTellingWhoHasAnAccount.AppCountingPasswordChecks>
{
    private const string Password = MarrakeshApp.Password;

    public sealed class AppCountingPasswordChecks : MarrakeshApp
    {
        private int checks;

        public int PasswordChecks => Volatile.Read(ref checks);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Scoped<IPasswordHasher<AppUser>>(
                p => new CountingHasher(p.GetRequiredService<IOptions<PasswordHasherOptions>>(), () => Interlocked.Increment(ref checks)))));
        }

        private sealed class CountingHasher(IOptions<PasswordHasherOptions> options, Action counted) : PasswordHasher<AppUser>(options)
        {
            public override PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
            {
                counted();
                return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
            }
        }
    }

    [Fact]
    public async Task A_wrong_password_an_unknown_email_and_an_account_without_password_get_the_same_answer()
    {
        var known = await app.CreateUserAsync("secretariat", password: Password);
        var withoutPassword = await app.CreateUserAsync("secretariat");

        var wrongPassword = await FailureMessageAsync(known, "Wrong-horse-battery-9");
        var unknownEmail = await FailureMessageAsync("nobody-" + Guid.NewGuid().ToString("N")[..8] + "@example.org", Password);
        var noPassword = await FailureMessageAsync(withoutPassword, Password);

        Assert.Contains("not right", wrongPassword);
        Assert.Equal(wrongPassword, unknownEmail);
        Assert.Equal(wrongPassword, noPassword);
    }

    [Fact]
    public async Task An_unknown_email_costs_one_password_check_like_a_wrong_password()
    {
        var known = await app.CreateUserAsync("secretariat", password: Password);
        var withoutPassword = await app.CreateUserAsync("secretariat");

        Assert.Equal(1, await ChecksMadeByAsync(() => FailureMessageAsync(known, "Wrong-horse-battery-9")));
        Assert.Equal(1, await ChecksMadeByAsync(() => FailureMessageAsync("nobody-" + Guid.NewGuid().ToString("N")[..8] + "@example.org", Password)));
        Assert.Equal(1, await ChecksMadeByAsync(() => FailureMessageAsync(withoutPassword, Password)));
    }

    [Fact]
    public async Task After_five_failures_a_real_and_an_unknown_email_are_held_alike_with_the_same_answer_and_no_check()
    {
        var real = await app.CreateUserAsync("secretariat", password: Password);
        var unknown = "ghost-" + Guid.NewGuid().ToString("N")[..8] + "@example.org";
        var wrongAnswer = "";
        foreach (var email in new[] { real, unknown })
        {
            for (var i = 0; i < SignInThrottle.FailuresBeforeWaiting; i++)
            {
                wrongAnswer = await FailureMessageAsync(email, "Wrong-horse-battery-9");
            }
        }

        string heldReal = "", heldUnknown = "";
        Assert.Equal(0, await ChecksMadeByAsync(async () => heldReal = await FailureMessageAsync(real, Password)));
        Assert.Equal(0, await ChecksMadeByAsync(async () => heldUnknown = await FailureMessageAsync(unknown, Password)));
        Assert.Equal(wrongAnswer, heldReal);
        Assert.Equal(wrongAnswer, heldUnknown);
    }

    private async Task<int> ChecksMadeByAsync(Func<Task> signIn)
    {
        var before = app.PasswordChecks;
        await signIn();
        return app.PasswordChecks - before;
    }

    /// <summary>Signs in through the form and returns the error it shows; fails if the sign-in worked.</summary>
    private async Task<string> FailureMessageAsync(string email, string password)
    {
        var browser = app.CreateClient();
        var form = (await browser.GetPageAsync("/account/sign-in")).Form("main form");
        var page = await Browsing.ParseAsync(await browser.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = email, ["Password"] = password }));
        Assert.DoesNotContain(email, page.QuerySelector("nav")!.TextContent);
        return page.QuerySelector(".errors")!.TextContent.Trim();
    }
}
