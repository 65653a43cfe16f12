using System.Net;
using AngleSharp.Dom;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Pages;

public sealed class ComposingAPlanOnThePages(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private static Dictionary<string, string> Commitment(string description, string objective = "16", string actions = "a, c") => new()
    {
        ["Form.Objective"] = objective,
        ["Form.Actions"] = actions,
        ["Form.Status"] = "planned",
        ["Form.Description"] = description,
        ["Form.LeadInstitution"] = "Ministry of Labour",
        ["Form.StartDate"] = "2027-01-01",
        ["Form.TargetDate"] = "2028-12-31",
        ["Form.BudgetAmount"] = "125000",
        ["Form.BudgetCurrency"] = "EUR",
    };

    private static IElement Row(IDocument plan, string description) =>
        plan.QuerySelectorAll("table.data tbody tr").Single(r => r.TextContent.Contains(description, StringComparison.Ordinal));

    [Fact]
    public async Task A_focal_point_drafts_publishes_and_the_public_then_sees_the_commitment()
    {
        var (browser, _) = await app.SignedInBrowserAsync("state-focal-point", "PRT");
        var plan = await browser.GetPageAsync("/states/PRT/plan");

        plan = await Browsing.ParseAsync(await browser.SubmitAsync(plan.Form("form[action*='handler=Add']"), Commitment("Language courses for every newcomer.")));

        Assert.Contains("Draft", Row(plan, "Language courses").TextContent);
        var visitor = app.CreateClient();
        Assert.DoesNotContain("Language courses", (await visitor.GetPageAsync("/states/PRT/plan")).QuerySelector("main")!.TextContent);

        var publish = Row(plan, "Language courses").QuerySelector("form") as AngleSharp.Html.Dom.IHtmlFormElement;
        plan = await Browsing.ParseAsync(await browser.SubmitAsync(publish!));

        Assert.Contains("Published", Row(plan, "Language courses").TextContent);
        Assert.Contains("Language courses", (await visitor.GetPageAsync("/states/PRT/plan")).QuerySelector("main")!.TextContent);
        Assert.Contains("Language courses", (await visitor.GetPageAsync("/objectives/16")).QuerySelector("main")!.TextContent);
        Assert.Contains("1 published commitments", (await visitor.GetPageAsync("/states/PRT")).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task A_bad_action_letter_is_shown_on_the_form_and_nothing_is_saved()
    {
        var (browser, _) = await app.SignedInBrowserAsync("state-focal-point", "MLI");
        var before = await app.Database.CountAsync("commitments_commitments");
        var plan = await browser.GetPageAsync("/states/MLI/plan");

        var page = await Browsing.ParseAsync(await browser.SubmitAsync(plan.Form("form[action*='handler=Add']"),
            Commitment("Objective 3 has actions a to e only.", objective: "3", actions: "z")));

        Assert.Contains("(a) to (e)", page.QuerySelector("#Form-Actions-error")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#Form_Actions")!.GetAttribute("aria-invalid"));
        Assert.Equal("#Form_Actions", page.QuerySelector(".errors a")!.GetAttribute("href"));
        Assert.Equal("Objective 3 has actions a to e only.", page.QuerySelector("#Form_Description")!.TextContent);
        Assert.Equal(before, await app.Database.CountAsync("commitments_commitments"));
    }

    [Fact]
    public async Task Every_mistake_on_the_plan_form_is_shown_beside_its_field_after_one_submit()
    {
        var (browser, _) = await app.SignedInBrowserAsync("state-focal-point", "NPL");
        var plan = await browser.GetPageAsync("/states/NPL/plan");
        var form = Commitment("Dates and money written wrongly.", objective: "3", actions: "z");
        form["Form.TargetDate"] = "2026-01-01";
        form["Form.BudgetAmount"] = "a lot";

        var page = await Browsing.ParseAsync(await browser.SubmitAsync(plan.Form("form[action*='handler=Add']"), form));

        foreach (var field in new[] { "Actions", "TargetDate", "BudgetAmount" })
        {
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"#Form-{field}-error")?.TextContent), $"no message beside {field}");
            Assert.Equal("true", page.QuerySelector($"#Form_{field}")!.GetAttribute("aria-invalid"));
        }
        Assert.Equal("a lot", page.QuerySelector("#Form_BudgetAmount")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Editing_saves_a_new_version_and_a_stale_form_is_refused()
    {
        var (browser, _) = await app.SignedInBrowserAsync("state-focal-point", "IDN");
        var plan = await browser.GetPageAsync("/states/IDN/plan");
        plan = await Browsing.ParseAsync(await browser.SubmitAsync(plan.Form("form[action*='handler=Add']"), Commitment("Consular help desks abroad.", objective: "14", actions: "")));
        var editUrl = Row(plan, "Consular help desks").QuerySelector("a[href$='/edit']")!.GetAttribute("href")!;
        var first = await browser.GetPageAsync(editUrl);
        var second = await browser.GetPageAsync(editUrl);

        var saved = await browser.SubmitAsync(first.Form("main form"), new Dictionary<string, string> { ["Form.Status"] = "in-progress" });
        var stale = await Browsing.ParseAsync(await browser.SubmitAsync(second.Form("main form"), new Dictionary<string, string> { ["Form.Status"] = "achieved" }));

        Assert.Contains("In progress", Row(await Browsing.ParseAsync(saved), "Consular help desks").TextContent);
        Assert.Contains("changed since you read it", stale.QuerySelector(".errors")!.TextContent);
    }

    [Fact]
    public async Task Another_States_focal_point_gets_no_form_and_cannot_post_one()
    {
        var (browser, _) = await app.SignedInBrowserAsync("state-focal-point", "CHL");
        var own = await browser.GetPageAsync("/states/CHL/plan");
        var other = await browser.GetPageAsync("/states/PER/plan");

        Assert.Null(other.QuerySelector("form[action*='handler=Add']"));
        var token = own.Form("form[action*='handler=Add']").QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = Commitment("Not my State.");
        fields["__RequestVerificationToken"] = token;
        var response = await browser.PostAsync("/states/PER/plan?handler=Add", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await app.Database.CountAsync("commitments_commitments WHERE \"StateIso3\" = 'PER'"));
    }
}
