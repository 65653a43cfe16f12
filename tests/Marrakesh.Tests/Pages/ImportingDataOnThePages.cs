using System.Net;
using System.Net.Http.Headers;
using Marrakesh.Tests.Datasets;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Pages;

public sealed class ImportingDataOnThePages(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    /// <summary>Posts the page's form as multipart, with its antiforgery token and a file.</summary>
    private static async Task<AngleSharp.Dom.IDocument> UploadAsync(HttpClient browser, byte[] file, string fileName, string kind)
    {
        var form = (await browser.GetPageAsync("/data/import")).Form("main form");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.Elements["__RequestVerificationToken"]!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(kind), "Kind" },
        };
        var bytes = new ByteArrayContent(file);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(bytes, "Upload", fileName);
        var response = await browser.PostAsync("/data/import", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Browsing.ParseAsync(response);
    }

    [Fact]
    public async Task The_secretariat_imports_a_file_through_the_page_and_a_bad_one_lists_its_problems_and_stores_nothing()
    {
        var (browser, _) = await app.SignedInBrowserAsync("secretariat");

        var imported = await UploadAsync(browser, PublishedLayouts.WdiCsv("2025-09-01"), "wdi.csv", "wdi");
        var figures = await app.FiguresAsync();
        var rejected = await UploadAsync(browser, PublishedLayouts.WdiCsv("2025-09-02",
            "\"Chile\",\"CHL\",\"Personal remittances, received (current US$)\",\"BX.TRF.PWKR.CD.DT\",\"1\",\"two\",\"3\","), "bad.csv", "wdi");

        Assert.True(int.Parse(imported.QuerySelector("[data-rows]")!.GetAttribute("data-rows")!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains("row 11, column 2020", rejected.QuerySelector("table.problems")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(figures, await app.FiguresAsync());
    }

    [Fact]
    public async Task A_kind_the_importers_do_not_know_is_named_beside_its_field_and_nothing_is_stored()
    {
        var (browser, _) = await app.SignedInBrowserAsync("secretariat");
        var figures = await app.FiguresAsync();

        var page = await UploadAsync(browser, PublishedLayouts.WdiCsv("2025-09-03"), "wdi.csv", "census");

        Assert.Contains("'census'", page.QuerySelector("#Kind-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("select[name=Kind]")!.GetAttribute("aria-invalid"));
        Assert.NotNull(page.QuerySelector(".errors a[href='#Kind']"));
        Assert.Null(page.QuerySelector("[data-rows]"));
        Assert.Equal(figures, await app.FiguresAsync());
    }

    [Fact]
    public async Task A_workbook_over_a_limit_is_refused_beside_the_file_field_naming_the_limit_and_nothing_is_stored()
    {
        var (browser, _) = await app.SignedInBrowserAsync("secretariat");
        var figures = await app.FiguresAsync();

        var page = await UploadAsync(browser, HostileWorkbooks.WideRows(), "wide.xlsx", "migrant-stock");

        Assert.Contains("limit 'columns'", page.QuerySelector("#Upload-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-rows]"));
        Assert.Equal(figures, await app.FiguresAsync());
    }

    [Fact]
    public async Task Only_the_secretariat_reaches_the_import_page()
    {
        var (stakeholder, _) = await app.SignedInBrowserAsync("stakeholder", organisation: "Data Watchers");

        var response = await stakeholder.GetAsync("/data/import");

        Assert.False(response.StatusCode == HttpStatusCode.OK && response.RequestMessage!.RequestUri!.AbsolutePath == "/data/import",
            $"A stakeholder reached the import page ({response.StatusCode} at {response.RequestMessage!.RequestUri})");
        Assert.DoesNotContain("enctype=\"multipart/form-data\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
