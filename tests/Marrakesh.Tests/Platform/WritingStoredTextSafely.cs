using System.Net;
using AngleSharp;
using System.Net.Http.Json;
using System.Xml.Linq;
using Marrakesh.Platform.Text;
using Marrakesh.Tests.Fund;
using Marrakesh.Tests.Infrastructure;
using Marrakesh.Tests.Knowledge;

namespace Marrakesh.Tests.Platform;

/// <summary>
/// Every output writer stays well-formed and inert whatever the database holds, values stored before today's input
/// rule included (issue 17, item 1): the values here are planted with SQL, past the API.
/// </summary>
public sealed class WritingStoredTextSafely(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    /// <summary>Characters XML 1.0 forbids; PostgreSQL's text cannot hold U+0000, SQLite's can.</summary>
    private string Hostile => app.Database.IsPostgres ? "\u0001\uFFFE" : "\u0000\u0001\uFFFE";

    [Fact]
    public async Task The_IATI_file_stays_well_formed_when_a_stored_name_holds_characters_XML_forbids()
    {
        var desk = await FundDesk.OpenAsync(app);
        var contributor = $"Old Donor {Guid.NewGuid():N}"[..18];
        await (await desk.PostAsync("/api/fund/contributions", FundDesk.Contribution(1_000m, contributor: contributor))).ShouldBeJsonAsync(HttpStatusCode.Created);
        Assert.Equal(1, await app.Database.ExecuteRawAsync("""UPDATE fund_contributions SET "Contributor" = @name WHERE "Contributor" = @old""",
            ("@name", contributor + Hostile), ("@old", contributor)));

        var response = await app.CreateClient().GetAsync("/api/fund/iati.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(xml.Descendants("narrative"), n => n.Value.StartsWith(contributor + "\uFFFD", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_dossier_passes_no_raw_HTML_or_links_from_what_people_wrote()
    {
        var (focalPoint, _) = await app.ClientAsAsync("state-focal-point", "TUN");
        var description = "Open <script>alert(1)</script> desks, see [the plan](javascript:alert(2)) & <img src=x onerror=alert(3)>.";
        var created = await focalPoint.PostAsJsonAsync("/api/states/TUN/commitments", new { objective = 5, description });
        var id = (await created.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString();
        await (await focalPoint.PostAsync($"/api/commitments/{id}/publish", created.ETag())).ShouldBeJsonAsync();

        var markdown = await app.CreateClient().GetStringAsync("/states/tun/dossier.md");

        var html = await BrowsingContext.New().OpenAsync(r => r.Content(Markdig.Markdown.ToHtml(markdown)));
        Assert.Empty(html.QuerySelectorAll("script, img, a"));
        Assert.Contains(html.QuerySelectorAll("li"), li => li.TextContent.Contains(description, StringComparison.Ordinal));
    }

    [Fact]
    public async Task JSON_and_pages_carry_a_stored_hostile_title_as_text()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var marker = $"Planted {Guid.NewGuid():N}"[..20];
        var id = await app.PublishedAsync(secretariat, ("title", marker));
        var title = marker + " <script>alert(1)</script>" + Hostile.Replace("\uFFFE", "", StringComparison.Ordinal);
        Assert.Equal(1, await app.Database.ExecuteRawAsync("""UPDATE knowledge_practices SET "Title" = @title WHERE "Title" = @old""",
            ("@title", title), ("@old", marker)));

        var json = await (await app.CreateClient().GetAsync($"/api/practices/{id}")).ShouldBeJsonAsync();
        var page = await app.CreateClient().GetPageAsync($"/practices/{id}");

        Assert.Equal(title, json.GetProperty("title").GetString());
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example\")", "'=HYPERLINK(\"https://evil.example\")")]
    [InlineData("+1 555 0100", "'+1 555 0100")]
    [InlineData("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\tTabbed", "'\tTabbed")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("1e-3", "1e-3")]
    [InlineData("Morocco", "Morocco")]
    public void A_CSV_cell_a_spreadsheet_would_run_gets_an_apostrophe_and_numbers_stay_numbers(string text, string cell) =>
        Assert.Equal(cell, CsvCell.Inert(text));

    [Fact]
    public async Task The_cycle_summary_CSV_is_quoted_and_parses_back_into_four_columns()
    {
        var csv = await app.CreateClient().GetStringAsync("/api/review-cycles/imrf-2026/summary.csv");

        using var reader = new CsvHelper.CsvReader(new StringReader(csv), System.Globalization.CultureInfo.InvariantCulture);
        var rows = 0;
        while (await reader.ReadAsync())
        {
            Assert.Equal(4, reader.Parser.Count);
            Assert.DoesNotMatch("^[=+@]", reader.GetField(2)!);
            rows++;
        }
        Assert.True(rows > 1);
    }

    [Fact]
    public void Markdown_literal_text_escapes_every_active_character_and_keeps_lines_in_the_item()
    {
        var literal = MarkdownText.Literal("a <b> & [c](d) *e* `f`\r\nnext\u0000 line");

        Assert.Equal("a \\<b\\> \\& \\[c\\](d) \\*e\\* \\`f\\`\n  next line", literal);
    }

    [Fact]
    public void XML_text_replaces_what_XML_forbids_and_keeps_every_character_it_allows()
    {
        Assert.Equal("a\uFFFDb\uFFFDc\uFFFD", XmlCharacters.Valid("a\u0000b\uFFFEc\ud800"));
        Assert.Equal("tab\tline\n\U0001F600 \u00E9", XmlCharacters.Valid("tab\tline\n\U0001F600 \u00E9"));
    }
}
