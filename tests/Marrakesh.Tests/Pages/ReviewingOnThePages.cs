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

        Assert.Contains("'not a link' is not a web address", page.QuerySelector("#evidence-1-error")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#evidence-1")!.GetAttribute("aria-invalid"));
        Assert.Equal("#evidence-1", page.QuerySelector(".errors a")!.GetAttribute("href"));
        Assert.Equal("Census module on migration.", page.QuerySelector("#narrative-1")!.TextContent); // what was typed is kept
        Assert.Equal("planned", page.QuerySelector("#status-1 option[selected]")!.GetAttribute("value"));
        Assert.Equal(0, await app.Database.CountAsync("reviews_sections s JOIN reviews_national_reviews r ON r.\"Id\" = s.\"ReviewId\" WHERE r.\"StateIso3\" = 'IND'"));
    }

    [Fact]
    public async Task Several_mistakes_are_shown_beside_their_fields_after_one_submit_and_what_was_typed_stays()
    {
        var (browser, _) = await app.SignedInBrowserAsync("state-focal-point", "CHL");
        var draft = await Browsing.ParseAsync(await browser.SubmitAsync((await browser.GetPageAsync("/reviews/imrf-2026")).Form("main form")));

        var page = await Browsing.ParseAsync(await browser.SubmitAsync(draft.Form("form[action*='handler=Save']"), new Dictionary<string, string>
        {
            ["Status[1]"] = "planned",
            ["Narrative[1]"] = "",
            ["Evidence[1]"] = "not a link",
            ["Status[2]"] = "achieved",
            ["Narrative[2]"] = "Return and reintegration desk opened.",
            ["Evidence[2]"] = "ftp://example.org/report",
            ["Consulted"] = new string('c', 201),
        }));

        foreach (var control in new[] { "narrative-1", "evidence-1", "evidence-2", "Consulted" })
        {
            var element = page.GetElementById(control)!;
            Assert.False(string.IsNullOrWhiteSpace(page.GetElementById($"{control}-error")?.TextContent), $"no message beside {control}");
            Assert.Equal("true", element.GetAttribute("aria-invalid"));
            Assert.StartsWith($"{control}-error", element.GetAttribute("aria-describedby"));
        }
        Assert.Equal(4, page.QuerySelectorAll(".field-error").Length);
        Assert.Equal(["#Consulted", "#evidence-1", "#evidence-2", "#narrative-1"],
            page.QuerySelectorAll(".errors a").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal));
        Assert.Contains("'ftp://example.org/report' is not a web address", page.GetElementById("evidence-2-error")!.TextContent);
        Assert.Contains("(201 given)", page.GetElementById("Consulted-error")!.TextContent);
        Assert.Null(page.GetElementById("status-1")!.GetAttribute("aria-invalid"));
        Assert.Equal("ftp://example.org/report", page.GetElementById("evidence-2")!.TextContent);
        Assert.Equal("Return and reintegration desk opened.", page.GetElementById("narrative-2")!.TextContent);
        Assert.Equal("achieved", page.QuerySelector("#status-2 option[selected]")!.GetAttribute("value"));
        Assert.Equal(new string('c', 201), page.GetElementById("Consulted")!.TextContent);
        Assert.Equal(0, await app.Database.CountAsync("reviews_sections s JOIN reviews_national_reviews r ON r.\"Id\" = s.\"ReviewId\" WHERE r.\"StateIso3\" = 'CHL'"));
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
        Assert.Contains("two round tables", refused.QuerySelector("#RoundTables-error")!.TextContent);
        Assert.Equal("true", refused.QuerySelector("#RoundTables")!.GetAttribute("aria-invalid"));
        var saved = await Browsing.ParseAsync(await secretariat.SubmitAsync(refused.Form("form[action*='handler=RoundTables']"), new Dictionary<string, string> { ["RoundTables"] = "1, 2, 3\n4, 5" }));

        Assert.Equal(2, saved.QuerySelectorAll("main ol > li").Length);
        var (focalPoint, _) = await app.SignedInBrowserAsync("state-focal-point", "FJI");
        Assert.Null((await focalPoint.GetPageAsync("/reviews/imrf-2030")).QuerySelector("form[action*='handler=RoundTables']"));
    }

    [Fact]
    public async Task A_line_that_is_not_numbers_is_named_together_with_the_other_lines_mistakes()
    {
        var (secretariat, _) = await app.SignedInBrowserAsync("secretariat");
        var form = (await secretariat.GetPageAsync("/reviews/imrf-2030")).Form("form[action*='handler=RoundTables']");

        var refused = await Browsing.ParseAsync(await secretariat.SubmitAsync(form, new Dictionary<string, string> { ["RoundTables"] = "1, 2\nfive\n2, 3" }));

        var message = refused.QuerySelector("#RoundTables-error")!.TextContent;
        Assert.Contains("Line 2", message);
        Assert.Contains("Objective 2 is in two round tables", message);
        Assert.Equal("1, 2\nfive\n2, 3", refused.QuerySelector("#RoundTables")!.TextContent);
    }

    [Fact]
    public async Task The_secretariat_starts_a_review_on_a_States_behalf()
    {
        var (secretariat, _) = await app.SignedInBrowserAsync("secretariat");
        var cycle = await secretariat.GetPageAsync("/reviews/imrf-2030");

        var refused = await Browsing.ParseAsync(await secretariat.SubmitAsync(cycle.Form("form[aria-label^='Start a review for']"), new Dictionary<string, string> { ["ForState"] = "XYZ" }));
        Assert.Contains("XYZ", refused.QuerySelector(".errors")!.TextContent);
        Assert.Contains("'XYZ'", refused.QuerySelector("#ForState-error")!.TextContent);
        Assert.Equal("XYZ", refused.QuerySelector("#ForState")!.GetAttribute("value"));
        var started = await secretariat.SubmitAsync(cycle.Form("form[aria-label^='Start a review for']"), new Dictionary<string, string> { ["ForState"] = "nzl" });

        Assert.Matches("/national-reviews/[0-9a-f-]{36}$", started.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("New Zealand", (await Browsing.ParseAsync(started)).QuerySelector("h1")!.TextContent);
    }
}
