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
        Assert.Contains("PDF", refused.QuerySelector("form.attach [role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(refused.QuerySelectorAll("a"), a => a.TextContent == "fake.pdf");
        Assert.Null((await stranger.GetPageAsync(url, HttpStatusCode.NotFound)).QuerySelector("form.attach"));
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
