using System.Net;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Pages;

public sealed class PledgingOnThePages(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private static readonly string Narrative = string.Concat(Enumerable.Repeat("Our members will offer free legal clinics to migrant workers. ", 6));

    [Fact]
    public async Task A_stakeholder_pledges_through_the_form_sees_SMART_advice_and_reports_progress()
    {
        var (browser, _) = await app.SignedInBrowserAsync("stakeholder", organisation: "Lawyers Without Borders");
        var form = (await browser.GetPageAsync("/pledges/new")).Form("main form");

        var response = await browser.SubmitAsync(form, new Dictionary<string, string>
        {
            ["ActorType"] = "civil-society",
            ["Form"] = "human-resource",
            ["Narrative"] = Narrative,
            ["ObjectiveNumbers"] = "6|15",
            ["Actions"] = "6a",
        });
        var page = await Browsing.ParseAsync(response);

        Assert.Matches("/pledges/[0-9a-f-]{36}$", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Lawyers Without Borders", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(4, page.QuerySelectorAll("section.notice li").Length); // measure, baseline, target date, owner
        Assert.Equal(["6", "15"], page.QuerySelectorAll("a[href^='/objectives/']").Select(a => a.TextContent).Where(t => t is "6" or "15"));

        var progress = await browser.SubmitAsync(page.Form("form[action*='handler=Progress']"), new Dictionary<string, string>
        {
            ["ProgressDate"] = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd"),
            ["ProgressNote"] = "First clinic opened in the capital.",
            ["ProgressStatus"] = "in-progress",
        });
        var after = await Browsing.ParseAsync(progress);
        Assert.Contains("First clinic opened", after.QuerySelector(".timeline")!.TextContent);
        Assert.Contains("In progress", after.QuerySelector(".facts")!.TextContent);

        var visitor = await app.CreateClient().GetPageAsync(progress.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Null(visitor.QuerySelector("section.notice"));
        Assert.Null(visitor.QuerySelector("form[action*='handler=Progress']"));
        var list = await app.CreateClient().GetPageAsync("/pledges?actorType=civil-society&objective=15");
        Assert.Contains("Lawyers Without Borders", list.QuerySelector("table.data")!.TextContent);
    }

    [Fact]
    public async Task A_short_narrative_is_refused_on_the_form_and_nothing_is_saved()
    {
        var (browser, _) = await app.SignedInBrowserAsync("stakeholder", organisation: "Short Words Ltd");
        var before = await app.Database.CountAsync("commitments_pledges");
        var form = (await browser.GetPageAsync("/pledges/new")).Form("main form");

        var page = await Browsing.ParseAsync(await browser.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Narrative"] = "Too short.",
            ["ObjectiveNumbers"] = "1",
        }));

        Assert.Contains("(10 given)", page.QuerySelector("#Narrative-error")!.TextContent);
        Assert.Contains("Narrative-error", page.QuerySelector("#Narrative")!.GetAttribute("aria-describedby"));
        Assert.Equal("Too short.", page.QuerySelector("#Narrative")!.TextContent);
        Assert.Equal(before, await app.Database.CountAsync("commitments_pledges"));
    }

    [Fact]
    public async Task Four_mistakes_are_shown_beside_their_fields_after_one_submit_and_what_was_typed_stays()
    {
        var (browser, _) = await app.SignedInBrowserAsync("stakeholder", organisation: "Four Mistakes Ltd");
        var before = await app.Database.CountAsync("commitments_pledges");
        var form = (await browser.GetPageAsync("/pledges/new")).Form("main form");

        var page = await Browsing.ParseAsync(await browser.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Form"] = "financial",
            ["Narrative"] = Narrative,
            ["Amount"] = "12.345",
            ["Currency"] = "XYZ",
            ["ObjectiveNumbers"] = "3",
            ["Actions"] = "3z",
            ["States"] = "Atlantis",
        }));

        foreach (var field in new[] { "Amount", "Currency", "Actions", "States" })
        {
            var control = page.QuerySelector($"#{field}")!;
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"#{field}-error")?.TextContent), $"no message beside {field}");
            Assert.Equal("true", control.GetAttribute("aria-invalid"));
            Assert.StartsWith($"{field}-error", control.GetAttribute("aria-describedby"));
        }
        Assert.Equal(4, page.QuerySelectorAll(".field-error").Length);
        Assert.Equal(["#Actions", "#Amount", "#Currency", "#States"],
            page.QuerySelectorAll(".errors a").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal));
        Assert.Contains("Amount: Give at most two decimals.", page.QuerySelector(".errors")!.TextContent);
        Assert.Equal("12.345", page.QuerySelector("#Amount")!.GetAttribute("value"));
        Assert.Equal("Atlantis", page.QuerySelector("#States")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#Narrative-error"));
        Assert.Equal(before, await app.Database.CountAsync("commitments_pledges"));
    }

    [Fact]
    public async Task A_number_the_form_cannot_read_is_named_together_with_the_rules_other_findings()
    {
        var (browser, _) = await app.SignedInBrowserAsync("stakeholder", organisation: "Unreadable Numbers Ltd");
        var form = (await browser.GetPageAsync("/pledges/new")).Form("main form");

        var page = await Browsing.ParseAsync(await browser.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Form"] = "financial",
            ["Narrative"] = "Too short.",
            ["Amount"] = "a lot",
            ["Currency"] = "EUR",
            ["ObjectiveNumbers"] = "3",
        }));

        Assert.Contains("Write a number", page.QuerySelector("#Amount-error")!.TextContent);
        Assert.Contains("(10 given)", page.QuerySelector("#Narrative-error")!.TextContent);
    }

    [Fact]
    public async Task A_focal_point_is_offered_only_its_States_name()
    {
        var (browser, _) = await app.SignedInBrowserAsync("state-focal-point", "GHA");

        var page = await browser.GetPageAsync("/pledges/new");

        Assert.Equal(["state"], page.QuerySelectorAll("#ActorType option").Select(o => o.GetAttribute("value")));
        Assert.Null(page.QuerySelector("#ActorName"));
    }

    [Fact]
    public async Task Making_a_pledge_needs_a_signed_in_person()
    {
        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/pledges/new");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_bad_filter_in_the_address_is_explained_not_fatal()
    {
        var page = await app.CreateClient().GetPageAsync("/pledges?objective=99");

        Assert.Contains("99", page.QuerySelector(".notice")!.TextContent);
    }

    [Fact]
    public async Task The_pledger_amends_on_the_page_and_the_history_keeps_the_reason()
    {
        var (browser, _) = await app.SignedInBrowserAsync("stakeholder", organisation: "Amending Foundation");
        var made = await browser.SubmitAsync((await browser.GetPageAsync("/pledges/new")).Form("main form"), new Dictionary<string, string>
        {
            ["ActorType"] = "private-sector", ["Form"] = "financial", ["Narrative"] = Narrative, ["ObjectiveNumbers"] = "20",
            ["Amount"] = "100", ["Currency"] = "USD",
        });
        var url = made.RequestMessage!.RequestUri!.AbsolutePath;
        var amendForm = (await browser.GetPageAsync($"{url}/amend")).Form("main form");

        var page = await Browsing.ParseAsync(await browser.SubmitAsync(amendForm, new Dictionary<string, string> { ["Amount"] = "150", ["Reason"] = "Second tranche approved." }));

        Assert.Contains("150.00 USD", page.QuerySelector(".facts")!.TextContent);
        Assert.Contains("Second tranche approved.", page.GetElementById("history")!.NextElementSibling!.TextContent);
        var (other, _) = await app.SignedInBrowserAsync("stakeholder", organisation: "Someone Else");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"{url}/amend")).StatusCode);
    }
}
