using System.Net;
using Marrakesh.Tests.Infrastructure;
using Marrakesh.Tests.Knowledge;

namespace Marrakesh.Tests.Pages;

public sealed class SharingPracticesOnThePages(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Fact]
    public async Task A_practice_submitted_on_the_form_is_reviewed_on_its_page_then_browsed_and_found_by_search()
    {
        var marker = "zq" + Guid.NewGuid().ToString("N")[..8];
        var (author, _) = await app.SignedInBrowserAsync("stakeholder", organisation: "Caritas Maroc");
        var form = (await author.GetPageAsync("/practices/new")).Form("main form");

        var submitted = await author.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Title"] = $"Accueil des travailleurs migrants {marker}",
            ["Summary"] = "Des avocats bénévoles répondent aux questions des migrants à leur arrivée.",
            ["Body"] = "Nous avons ouvert **trois** permanences juridiques.",
            ["Language"] = "fr",
            ["Countries"] = "MAR",
            ["ObjectiveNumbers"] = "7|16",
            ["PrincipleKeys"] = "human-rights",
        });
        var page = await Browsing.ParseAsync(submitted);
        Assert.Matches("/practices/[0-9a-f-]{36}$", submitted.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.NotNull(page.QuerySelector("p.notice"));
        Assert.Equal("trois", page.QuerySelector(".practice-body strong")!.TextContent);
        var path = submitted.RequestMessage.RequestUri.AbsolutePath;
        await app.CreateClient().GetPageAsync(path, HttpStatusCode.NotFound);
        Assert.Null(page.QuerySelector("form select#Decision"));

        var (secretariat, _) = await app.SignedInBrowserAsync("secretariat");
        foreach (var decision in new[] { "start-review", "publish" })
        {
            var review = (await secretariat.GetPageAsync(path)).Form("form:has(select#Decision)");
            var after = await secretariat.SubmitAsync(review, new Dictionary<string, string> { ["Decision"] = decision, ["Comment"] = "Merci." });
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        }

        var visitor = app.CreateClient();
        var published = await visitor.GetPageAsync(path);
        Assert.Null(published.QuerySelector("p.notice"));
        Assert.Contains(marker, (await visitor.GetPageAsync("/practices?objective=16&region=Africa")).QuerySelector("main")!.TextContent);
        Assert.Contains(marker, (await visitor.GetPageAsync("/objectives/16")).QuerySelector("#practices + ul")!.TextContent);
        Assert.Contains(marker, (await visitor.GetPageAsync("/states/MAR")).QuerySelector("section[aria-labelledby='practices']")!.TextContent);
        var search = await visitor.GetPageAsync($"/search?q={marker}+benevoles");
        var hit = Assert.Single(search.QuerySelectorAll("ol.results > li"));
        Assert.Equal(path, hit.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("bénévoles", hit.QuerySelector("mark")!.TextContent);
        Assert.NotNull(search.QuerySelector($"a[href*='type=practice']"));
    }

    [Fact]
    public async Task An_author_attaches_a_PDF_on_the_practice_page_and_a_file_that_is_not_one_is_refused()
    {
        var (author, organisation) = await app.StakeholderAsync("Attaching Aid");
        var (practice, _) = await author.SubmitAsync(PracticeDesk.Practice());
        var (browser, _) = await app.SignedInBrowserAsync("stakeholder", organisation: organisation);
        var (stranger, _) = await app.SignedInBrowserAsync("stakeholder", organisation: "Someone Else");
        var url = $"/practices/{practice.Id()}";

        var attached = await AttachAsync(browser, url, "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray(), "report.pdf");
        var refused = await AttachAsync(browser, url, "<html>not a pdf</html>"u8.ToArray(), "fake.pdf");

        Assert.Contains(attached.QuerySelectorAll("a"), a => a.TextContent == "report.pdf");
        Assert.Contains("PDF", refused.QuerySelector("form.attach #Upload-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", refused.QuerySelector("form.attach #Upload")!.GetAttribute("aria-invalid"));
        Assert.Equal("#Upload", refused.QuerySelector("form.attach .errors a")!.GetAttribute("href"));
        Assert.DoesNotContain(refused.QuerySelectorAll("a"), a => a.TextContent == "fake.pdf");
        Assert.Null((await stranger.GetPageAsync(url, HttpStatusCode.NotFound)).QuerySelector("form.attach"));
    }

    [Fact]
    public async Task Six_mistakes_are_shown_beside_their_fields_after_one_submit_and_what_was_typed_stays()
    {
        var (browser, _) = await app.SignedInBrowserAsync("stakeholder", organisation: "Six Mistakes Aid");
        var before = await app.Database.CountAsync("knowledge_practices");
        var form = (await browser.GetPageAsync("/practices/new")).Form("main form");

        var page = await Browsing.ParseAsync(await browser.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Title"] = "",
            ["Summary"] = "Volunteer lawyers answer questions where migrants arrive.",
            ["Body"] = "Hello <script>alert(1)</script>",
            ["Countries"] = "MAR Atlantis",
            ["PeriodStart"] = "spring 2024",
            ["Links"] = "https://example.org/report\njavascript:alert(1)",
        }));

        foreach (var field in new[] { "Title", "Body", "Countries", "ObjectiveNumbers", "PeriodStart", "Links" })
        {
            var control = page.QuerySelector($"#{field}")!;
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"#{field}-error")?.TextContent), $"no message beside {field}");
            Assert.Equal("true", control.GetAttribute("aria-invalid"));
            Assert.StartsWith($"{field}-error", control.GetAttribute("aria-describedby"));
        }
        Assert.Equal(6, page.QuerySelectorAll(".field-error").Length);
        Assert.Equal(["#Body", "#Countries", "#Links", "#ObjectiveNumbers", "#PeriodStart", "#Title"],
            page.QuerySelectorAll(".errors a").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal));
        Assert.Contains("Title: This field is required.", page.QuerySelector(".errors")!.TextContent);
        Assert.Contains("<script>", page.QuerySelector("#Body-error")!.TextContent);
        Assert.Contains("'Atlantis'", page.QuerySelector("#Countries-error")!.TextContent);
        Assert.Contains("yyyy-mm-dd", page.QuerySelector("#PeriodStart-error")!.TextContent);
        Assert.Contains("javascript:alert(1)", page.QuerySelector("#Links-error")!.TextContent);
        Assert.Equal("Hello <script>alert(1)</script>", page.QuerySelector("#Body")!.TextContent);
        Assert.Equal("MAR Atlantis", page.QuerySelector("#Countries")!.GetAttribute("value"));
        Assert.Equal("spring 2024", page.QuerySelector("#PeriodStart")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#Summary-error"));
        Assert.Equal(before, await app.Database.CountAsync("knowledge_practices"));
    }

    private static async Task<AngleSharp.Dom.IDocument> AttachAsync(HttpClient browser, string url, byte[] file, string fileName)
    {
        var form = (await browser.GetPageAsync(url)).Form("form.attach");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.Elements["__RequestVerificationToken"]!.GetAttribute("value")!), "__RequestVerificationToken" },
        };
        var bytes = new ByteArrayContent(file);
        bytes.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        content.Add(bytes, "Upload", fileName);
        return await Browsing.ParseAsync(await browser.PostAsync(form.Action, content));
    }

    [Fact]
    public async Task Search_results_show_text_as_text_and_a_bad_query_as_a_message()
    {
        var visitor = app.CreateClient();

        var empty = await visitor.GetPageAsync("/search");
        var bad = await visitor.GetPageAsync("/search?q=%2A");
        var states = await visitor.GetPageAsync("/search?q=morocco");

        Assert.Null(empty.QuerySelector("ol.results"));
        Assert.NotNull(bad.QuerySelector("p.notice"));
        Assert.Equal("Morocco", states.QuerySelector("ol.results mark")!.TextContent);
        Assert.Empty(states.QuerySelectorAll("ol.results script, ol.results b"));
    }
}
