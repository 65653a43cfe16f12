using System.Net;
using Marrakesh.Tests.Fund;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Pages;

public sealed class ReadingTheFundPages(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private static decimal Figure(AngleSharp.Dom.IElement cell) =>
        decimal.Parse(cell.TextContent.Trim(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.GetCultureInfo("en"));

    [Fact]
    public async Task The_public_sees_sources_and_uses_and_each_programmes_ledger()
    {
        var visitor = app.CreateClient();
        var before = (await visitor.GetPageAsync("/fund")).QuerySelectorAll("[data-figure]").ToDictionary(f => f.GetAttribute("data-figure")!, Figure);
        var desk = await FundDesk.OpenAsync(app);
        await desk.DepositAsync(20_202.02m, "country:MEX");
        var programme = await desk.ApprovedProgrammeAsync("MEX");
        await (await desk.AllocateAsync(programme, 5_000m)).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await desk.TransferAsync(programme, "ILO", 1_234.56m)).ShouldBeJsonAsync(HttpStatusCode.Created);

        var fund = await visitor.GetPageAsync("/fund");
        var programmePage = await visitor.GetPageAsync($"/fund/programmes/{programme}");

        var after = fund.QuerySelectorAll("[data-figure]").ToDictionary(f => f.GetAttribute("data-figure")!, Figure);
        Assert.Equal(20_202.02m, after["deposits"] - before["deposits"]);
        Assert.Equal(202.02m, after["fees"] - before["fees"]);
        Assert.Equal(5_000m, after["allocated"] - before["allocated"]);
        Assert.Equal(1_234.56m, after["transferred"] - before["transferred"]);
        Assert.Contains(fund.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/fund/programmes/{programme}");
        var ledgerRows = programmePage.QuerySelectorAll("table:last-of-type tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(ledgerRows, r => r.Contains("organisation:", StringComparison.Ordinal) && r.Contains("1,234.56", StringComparison.Ordinal));
        await visitor.GetPageAsync($"/fund/programmes/{Guid.NewGuid()}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_fund_manager_records_a_deposit_on_the_desk_and_a_resent_form_posts_once()
    {
        var (browser, _) = await app.SignedInBrowserAsync("fund-manager");
        var before = await app.Database.CountAsync("fund_contributions");
        var form = (await browser.GetPageAsync("/fund/manage")).Form("form[action*='handler=Deposit']");
        var values = new Dictionary<string, string>
        {
            ["Contributor"] = "Sweden", ["ContributorType"] = "member-state", ["Amount"] = "500000", ["Currency"] = "SEK", ["Rate"] = "0.095", ["Earmark"] = "country:SOM",
        };

        var first = await browser.SubmitAsync(form, values);
        await browser.SubmitAsync(form, values);

        Assert.Equal("/fund", first.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(before + 1, await app.Database.CountAsync("fund_contributions"));
        var fund = await Browsing.ParseAsync(first);
        Assert.Contains(fund.QuerySelectorAll("#recent ~ table tbody tr, section[aria-labelledby=recent] tbody tr"),
            r => r.TextContent.Contains("Sweden", StringComparison.Ordinal) && r.TextContent.Contains("47,500.00", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bad_deposit_on_the_desk_says_why_and_nothing_is_posted()
    {
        var (browser, _) = await app.SignedInBrowserAsync("fund-manager");
        var before = await app.Database.CountAsync("fund_ledger_transactions");
        var form = (await browser.GetPageAsync("/fund/manage")).Form("form[action*='handler=Deposit']");

        var page = await Browsing.ParseAsync(await browser.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Contributor"] = "Norway", ["Amount"] = "1000", ["Currency"] = "NOK",
        }));
        var typo = await Browsing.ParseAsync(await browser.SubmitAsync(page.Form("form[action*='handler=Deposit']"), new Dictionary<string, string>
        {
            ["Contributor"] = "Norway", ["Amount"] = "1.000,50", ["Currency"] = "XYZ",
        }));

        Assert.Contains("rate from this currency to USD", page.QuerySelector("#rate-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("rate-error", page.QuerySelector("#rate")!.GetAttribute("aria-describedby"));
        Assert.Equal("Norway", page.QuerySelector("#contributor")!.GetAttribute("value"));
        Assert.Contains("Write a number", typo.QuerySelector("#amount-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1.000,50", typo.QuerySelector("#amount")!.GetAttribute("value"));
        Assert.Contains("'XYZ'", typo.QuerySelector("#currency-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await app.Database.CountAsync("fund_ledger_transactions"));
    }

    [Fact]
    public async Task Only_fund_managers_reach_the_desk()
    {
        var (stakeholder, _) = await app.SignedInBrowserAsync("stakeholder", organisation: "IOM");

        var response = await stakeholder.GetAsync("/fund/manage");

        Assert.False(response.StatusCode == HttpStatusCode.OK && response.RequestMessage!.RequestUri!.AbsolutePath == "/fund/manage",
            $"A stakeholder reached the desk ({response.StatusCode} at {response.RequestMessage!.RequestUri})");
        Assert.DoesNotContain("handler=Deposit", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
