using Deque.AxeCore.Playwright;
using Marrakesh.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Marrakesh.Tests.Pages;

/// <summary>Real Chromium on a real port: pages render, work without JavaScript and pass axe.</summary>
public sealed class CheckingAccessibilityInChromium(KestrelApp app) : IClassFixture<KestrelApp>
{
    [ChromiumFact]
    public async Task Public_pages_have_no_serious_or_critical_axe_violations()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { JavaScriptEnabled = true });

        foreach (var path in new[] { "/", "/objectives", "/objectives/7", "/states", "/states?region=Asia&sort=subRegion", "/states/MAR", "/states/MAR/plan", "/instruments", "/instruments/icrmw?asOf=2018-12-19", "/votes/A-RES-73-195", "/pledges", "/reviews", "/reviews/imrf-2022", "/reviews/imrf-2026/overview", "/states/MAR/dossier", "/hub", "/fund", "/data", "/data?indicator=remittances", "/states/MAR/migration", "/practices", "/search?q=migrant", "/account/sign-in", "/network", "/network/members/IOM", "/consultative-processes", "/analysis/claims", "/analysis/claims/SC01", "/analysis/fault-line" })
        {
            await CheckAsync(page, path);
        }
    }

    [ChromiumFact]
    public async Task The_sites_security_policy_blocks_nothing_the_pages_and_the_API_reference_use()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { JavaScriptEnabled = true });
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refused.Add($"{page.Url}: {message.Text}");
            }
        };

        foreach (var path in new[] { "/", "/states/MAR", "/pledges", "/fund", "/data", "/states/MAR/migration", "/reviews/imrf-2026/overview", "/search?q=migrant", "/api/docs/" })
        {
            var response = await page.GotoAsync(new Uri(app.BaseAddress, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            Assert.True(response!.Ok, $"{path} answered {response.Status}");
            // Fonts load once text is laid out; wait for them, so a refused font cannot slip past the check.
            await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
        }

        Assert.True(refused.Count == 0, string.Join("\n", refused));
    }

    [ChromiumFact]
    public async Task The_pages_a_focal_point_works_on_have_no_serious_or_critical_axe_violations()
    {
        var email = await app.CreateUserAsync("state-focal-point", state: "MAR", password: MarrakeshApp.Password);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await SignInAsync(browser, email);

        await CheckAsync(page, "/states/MAR/plan");
        Assert.NotNull(await page.QuerySelectorAsync("form[action*='handler=Add']"));
        await page.FillAsync("#Form_Description", "Checked by axe.");
        await page.ClickAsync("form[action*='handler=Add'] button[type=submit]");
        await page.ClickAsync("a[href$='/edit']");
        await CheckAsync(page, null);
        await CheckAsync(page, "/account/tokens");
        await CheckAsync(page, "/pledges/new");
        await page.FillAsync("#Narrative", new string('x', 320));
        await page.CheckAsync("#objective-1");
        await page.ClickAsync("main form button[type=submit]");
        Assert.Contains("/pledges/", page.Url);
        await CheckAsync(page, "/practices/new");
        await page.FillAsync("#Title", "Checked by axe");
        await page.FillAsync("#Summary", "A practice written to check the pages.");
        await page.FillAsync("#Body", "We **checked** the pages.");
        await page.CheckAsync("#objective-1");
        await page.ClickAsync("main form button[type=submit]");
        Assert.Matches("/practices/[0-9a-f-]{36}$", page.Url);
        await CheckAsync(page, null);
        await CheckAsync(page, null);
        await CheckAsync(page, "/hub/requests/new");
        await page.FillAsync("#Title", "Checked by axe");
        await page.FillAsync("#Need", "A need, checked by axe.");
        await page.FillAsync("#Languages", "fr");
        await page.CheckAsync("#objective-2");
        await page.ClickAsync("main form button[type=submit]");
        Assert.Contains("/hub/requests/", page.Url);
        await CheckAsync(page, null);
        await CheckAsync(page, "/hub");
        await CheckAsync(page, "/hub/offers");
        await CheckAsync(page, "/hub/offers/new");
        await page.GotoAsync(new Uri(app.BaseAddress, "/reviews/imrf-2026").ToString());
        await page.ClickAsync("main form button[type=submit]");
        Assert.Contains("/national-reviews/", page.Url);
        await CheckAsync(page, null);
    }

    [ChromiumFact]
    public async Task A_refused_pledge_form_shows_every_mistake_beside_its_field_and_passes_axe()
    {
        var email = await app.CreateUserAsync("stakeholder", organisation: "Chromium Checks Ltd", password: MarrakeshApp.Password);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await SignInAsync(browser, email);
        await page.GotoAsync(new Uri(app.BaseAddress, "/pledges/new").ToString());

        await page.SelectOptionAsync("#Form", "financial");
        await page.FillAsync("#Narrative", new string('x', 320));
        await page.FillAsync("#Amount", "12.345");
        await page.FillAsync("#Currency", "XYZ");
        await page.CheckAsync("#objective-3");
        await page.FillAsync("#Actions", "3z");
        await page.FillAsync("#States", "Atlantis");
        await page.ClickAsync("main form button[type=submit]");

        Assert.EndsWith("/pledges/new", page.Url);
        foreach (var field in new[] { "Amount", "Currency", "Actions", "States" })
        {
            Assert.True(await page.IsVisibleAsync($"#{field}-error"), $"no visible message beside {field}");
            Assert.Equal("true", await page.GetAttributeAsync($"#{field}", "aria-invalid"));
        }
        Assert.Equal(4, await page.Locator(".field-error").CountAsync());
        Assert.Equal("Atlantis", await page.InputValueAsync("#States"));
        await page.ClickAsync(".errors a[href='#Currency']");
        Assert.EndsWith("#Currency", page.Url);
        await CheckAsync(page, null);
    }

    [ChromiumFact]
    public async Task The_fund_managers_pages_have_no_serious_or_critical_axe_violations()
    {
        var email = await app.CreateUserAsync("fund-manager", password: MarrakeshApp.Password);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await SignInAsync(browser, email);

        await CheckAsync(page, "/fund/manage");
        await page.FillAsync("#contributor", "Checked by axe");
        await page.FillAsync("#amount", "1000");
        await page.ClickAsync("form[action*='handler=Deposit'] button");
        Assert.EndsWith("/fund", page.Url, StringComparison.Ordinal);
        await CheckAsync(page, null);
        Assert.Contains("Checked by axe", await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task The_secretariats_network_forms_have_no_serious_or_critical_axe_violations()
    {
        var email = await app.CreateUserAsync("secretariat", password: MarrakeshApp.Password);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await SignInAsync(browser, email);

        await CheckAsync(page, "/network");
        await page.FillAsync("#member-acronym", "I O M");
        await page.FillAsync("#member-name", "Checked by axe");
        await page.FillAsync("#member-source", "Axe");
        await page.ClickAsync("form[action*='handler=Member'] button");
        await CheckAsync(page, null);
        Assert.Contains("not an acronym", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await CheckAsync(page, "/network/members/ILO");
    }

    private async Task<IPage> SignInAsync(IBrowser browser, string email)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(app.BaseAddress, "/account/sign-in").ToString());
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", MarrakeshApp.Password);
        await page.ClickAsync("main form button[type=submit]");
        return page;
    }

    private async Task CheckAsync(IPage page, string? path)
    {
        if (path is not null)
        {
            var response = await page.GotoAsync(new Uri(app.BaseAddress, path).ToString());
            Assert.True(response!.Ok, $"{path} answered {response.Status}");
        }
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{path ?? page.Url}: {v.Id} ({v.Impact}) on {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }

    [ChromiumFact]
    public async Task The_State_filters_and_language_switcher_work_without_JavaScript()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { JavaScriptEnabled = false });
        await page.GotoAsync(new Uri(app.BaseAddress, "/states").ToString());

        await page.SelectOptionAsync("#grouping", "eu");
        await page.ClickAsync("form.filters button[type=submit]");
        Assert.Equal(27, await page.Locator("table.data tbody tr").CountAsync());

        await page.SelectOptionAsync("#culture", "ar");
        await page.ClickAsync("form.language button[type=submit]");
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Contains("grouping=eu", page.Url);
    }
}

/// <summary>A browser test; skipped, saying why, where Debian's Chromium is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(Chromium.ExecutablePath))
        {
            Skip = $"Chromium is not installed at {Chromium.ExecutablePath} (apt-get install chromium; .ci/run does this).";
        }
    }
}

internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        // The machine has no network beyond loopback: keep Chromium from reaching out.
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
    });
}
