using System.Net;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Pages;

public sealed class ReviewingOnThePages(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Fact]
    public async Task The_calendar_lists_every_cycle_with_who_reports()
    {
        var page = await app.CreateClient().GetPageAsync("/reviews");
        var text = page.QuerySelector("table.data")!.TextContent;

        Assert.Contains("International Migration Review Forum 2022", text);
        Assert.Contains("Regional review 2024, ESCWA", text);
        Assert.Contains("Members of ESCWA", text);
        Assert.Contains("Report of the Secretary-General 2020", text);
        Assert.Contains("2022-05-17 – 2022-05-20", text);
    }

    [Fact]
    public async Task A_focal_point_goes_from_an_empty_review_to_a_published_one()
    {
        var (browser, _) = await app.SignedInBrowserAsync("state-focal-point", "MEX");
        var cycle = await browser.GetPageAsync("/reviews/imrf-2026");

        var started = await browser.SubmitAsync(cycle.Form("main form"));
        var draft = await Browsing.ParseAsync(started);
        Assert.Matches("/national-reviews/[0-9a-f-]{36}$", started.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(23, draft.QuerySelectorAll("form[action*='handler=Save'] fieldset").Length);

        var saved = await Browsing.ParseAsync(await browser.SubmitAsync(draft.Form("form[action*='handler=Save']"), new Dictionary<string, string>
        {
            ["Status[5]"] = "in-progress",
            ["Narrative[5]"] = "Seasonal worker scheme extended to two more sectors.",
            ["Evidence[5]"] = "https://example.org/decree",
            ["Consulted"] = "Migrant workers' union\nEmployers' federation",
        }));
        Assert.Equal("in-progress", saved.QuerySelector("#status-5 option[selected]")!.GetAttribute("value"));

        var submitted = await Browsing.ParseAsync(await browser.SubmitAsync(saved.Form("form[action*='handler=Submit']")));
        Assert.Null(submitted.QuerySelector("form[action*='handler=Save']"));
        var reviewUrl = started.RequestMessage.RequestUri.AbsolutePath;
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(reviewUrl)).StatusCode);

        var (secretariat, _) = await app.SignedInBrowserAsync("secretariat");
        var acknowledged = await Browsing.ParseAsync(await secretariat.SubmitAsync((await secretariat.GetPageAsync(reviewUrl)).Form("form[action*='handler=Acknowledge']")));
        Assert.Contains("acknowledged", acknowledged.QuerySelector("main")!.TextContent);

        await browser.SubmitAsync((await browser.GetPageAsync(reviewUrl)).Form("form[action*='handler=Publish']"));
        var published = await app.CreateClient().GetPageAsync(reviewUrl);
        Assert.Contains("Seasonal worker scheme", published.QuerySelector("main")!.TextContent);
        Assert.Contains("Employers' federation", published.QuerySelector("main")!.TextContent);
        Assert.Contains("Mexico", (await app.CreateClient().GetPageAsync("/reviews/imrf-2026")).QuerySelector("table.data")!.TextContent);
    }

    [Fact]
    public async Task A_bad_evidence_link_is_explained_and_the_draft_keeps_its_last_saved_state()
    {
        var (browser, _) = await app.SignedInBrowserAsync("state-focal-point", "IND");
        var started = await browser.SubmitAsync((await browser.GetPageAsync("/reviews/imrf-2026")).Form("main form"));
        var draft = await Browsing.ParseAsync(started);

        var page = await Browsing.ParseAsync(await browser.SubmitAsync(draft.Form("form[action*='handler=Save']"), new Dictionary<string, string>
        {
            ["Status[1]"] = "planned",
            ["Narrative[1]"] = "Census module on migration.",
            ["Evidence[1]"] = "not a link",
        }));

        Assert.Contains("sections[0].evidence", page.QuerySelector(".errors")!.TextContent);
        Assert.Equal("Census module on migration.", page.QuerySelector("#narrative-1")!.TextContent); // what was typed is kept
        Assert.Equal("planned", page.QuerySelector("#status-1 option[selected]")!.GetAttribute("value"));
        Assert.Equal(0, await app.Database.CountAsync("reviews_sections s JOIN reviews_national_reviews r ON r.\"Id\" = s.\"ReviewId\" WHERE r.\"StateIso3\" = 'IND'"));
    }

    [Fact]
    public async Task No_start_button_for_a_regional_review_of_another_commission()
    {
        var (browser, _) = await app.SignedInBrowserAsync("state-focal-point", "ARG");

        var page = await browser.GetPageAsync("/reviews/regional-eca-2028");

        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task The_secretariat_sets_a_Forums_round_tables_on_its_page()
    {
        var (secretariat, _) = await app.SignedInBrowserAsync("secretariat");
        var form = (await secretariat.GetPageAsync("/reviews/imrf-2030")).Form("form[action*='handler=RoundTables']");

        var refused = await Browsing.ParseAsync(await secretariat.SubmitAsync(form, new Dictionary<string, string> { ["RoundTables"] = "1, 2\n2, 3" }));
        Assert.Contains("two round tables", refused.QuerySelector(".errors")!.TextContent);
        var saved = await Browsing.ParseAsync(await secretariat.SubmitAsync(refused.Form("form[action*='handler=RoundTables']"), new Dictionary<string, string> { ["RoundTables"] = "1, 2, 3\n4, 5" }));

        Assert.Equal(2, saved.QuerySelectorAll("main ol > li").Length);
        var (focalPoint, _) = await app.SignedInBrowserAsync("state-focal-point", "FJI");
        Assert.Null((await focalPoint.GetPageAsync("/reviews/imrf-2030")).QuerySelector("form[action*='handler=RoundTables']"));
    }

    [Fact]
    public async Task The_secretariat_starts_a_review_on_a_States_behalf()
    {
        var (secretariat, _) = await app.SignedInBrowserAsync("secretariat");
        var cycle = await secretariat.GetPageAsync("/reviews/imrf-2030");

        var refused = await Browsing.ParseAsync(await secretariat.SubmitAsync(cycle.Form("form[aria-label^='Start a review for']"), new Dictionary<string, string> { ["ForState"] = "XYZ" }));
        Assert.Contains("XYZ", refused.QuerySelector(".errors")!.TextContent);
        var started = await secretariat.SubmitAsync(cycle.Form("form[aria-label^='Start a review for']"), new Dictionary<string, string> { ["ForState"] = "nzl" });

        Assert.Matches("/national-reviews/[0-9a-f-]{36}$", started.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("New Zealand", (await Browsing.ParseAsync(started)).QuerySelector("h1")!.TextContent);
    }
}
