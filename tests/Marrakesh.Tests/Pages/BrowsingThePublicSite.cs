using System.Net;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Pages;

public sealed class BrowsingThePublicSite(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task The_home_page_shows_the_23_objectives_and_key_figures()
    {
        var page = await client.GetPageAsync("/");

        Assert.Equal(23, page.QuerySelectorAll(".cards > li").Length);
        var figures = page.QuerySelectorAll(".figures dd").Select(d => d.TextContent.Trim()).ToList();
        Assert.Equal(["23", "187", "10", "195", "152"], figures);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", page.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public async Task An_objective_page_shows_its_title_and_lettered_actions()
    {
        var page = await client.GetPageAsync("/objectives/8");

        Assert.Equal("Save lives", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["(a)", "(b)", "(c)", "(d)", "(e)", "(f)"], page.QuerySelectorAll(".letters li").Select(l => l.TextContent));
        Assert.Contains("paragraph 24", page.QuerySelector("main")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[rel=prev][href='/objectives/7']"));
        Assert.NotNull(page.QuerySelector("a[rel=next][href='/objectives/9']"));
    }

    [Fact]
    public async Task The_objectives_page_lists_objectives_and_principles()
    {
        var page = await client.GetPageAsync("/objectives");

        Assert.Equal(23, page.QuerySelectorAll(".objective-list > li").Length);
        Assert.Equal(10, page.QuerySelectorAll(".principles > div").Length);
        Assert.NotNull(page.GetElementById("whole-of-society"));
    }

    [Fact]
    public async Task The_State_list_filters_with_a_plain_form_and_sorts_by_column()
    {
        var all = await client.GetPageAsync("/states");
        Assert.Equal(195, all.QuerySelectorAll("table.data tbody tr").Length);

        var filtered = await Browsing.ParseAsync(await client.GetAsync("/states?region=Africa&grouping=au&sort=iso3&order=desc"));
        var codes = filtered.QuerySelectorAll("table.data tbody td code").Select(c => c.TextContent).ToList();
        Assert.Equal(54, codes.Count);
        Assert.Equal(codes.OrderDescending(StringComparer.Ordinal), codes);
        Assert.Equal("descending", filtered.QuerySelector("th[aria-sort]")!.GetAttribute("aria-sort"));
        Assert.Equal("Africa", ((AngleSharp.Html.Dom.IHtmlSelectElement)filtered.QuerySelector("#region")!).Value);
    }

    [Fact]
    public async Task An_unknown_filter_value_is_ignored_with_a_notice()
    {
        var page = await client.GetPageAsync("/states?region=Atlantis");

        Assert.Contains("Atlantis", page.QuerySelector(".notice")!.TextContent);
        Assert.Equal(195, page.QuerySelectorAll("table.data tbody tr").Length);
    }

    [Fact]
    public async Task A_State_profile_shows_codes_region_memberships_and_vote()
    {
        var page = await client.GetPageAsync("/states/HUN");
        var text = page.QuerySelector("main")!.TextContent;

        Assert.Equal("Hungary", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("348", text);
        Assert.Contains("Eastern Europe", text);
        Assert.Contains("European Union", text);
        Assert.Contains("Against", text);
    }

    [Fact]
    public async Task A_lower_case_code_redirects_to_the_canonical_address()
    {
        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/states/mar");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/states/MAR", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/objectives/24")]
    [InlineData("/states/XYZ")]
    [InlineData("/states/not-a-code")]
    [InlineData("/no/such/page")]
    public async Task An_unknown_page_is_a_friendly_404(string url)
    {
        var page = await client.GetPageAsync(url, HttpStatusCode.NotFound);
        Assert.Contains("404", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task The_language_switcher_posts_a_form_and_turns_the_layout_right_to_left()
    {
        var visitor = app.CreateClient();
        var page = await visitor.GetPageAsync("/objectives/1");

        var response = await visitor.SubmitAsync(page.Form("form.language"), new Dictionary<string, string> { ["culture"] = "ar" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("/objectives/1", response.RequestMessage!.RequestUri!.AbsolutePath);
        var arabic = await Browsing.ParseAsync(response);
        Assert.Equal("ar", arabic.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", arabic.DocumentElement.GetAttribute("dir"));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task The_language_switcher_never_redirects_off_the_site(string returnUrl)
    {
        var visitor = app.CreateClient(new() { AllowAutoRedirect = false });
        var page = await visitor.GetPageAsync("/");

        var response = await visitor.SubmitAsync(page.Form("form.language"), new Dictionary<string, string> { ["culture"] = "fr", ["returnUrl"] = returnUrl });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_language_switcher_refuses_a_post_without_its_antiforgery_token()
    {
        var response = await app.CreateClient().PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "fr" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_API_reference_and_OpenAPI_document_are_served()
    {
        var openApi = await (await client.GetAsync("/openapi/v1.json")).ShouldBeJsonAsync();
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/objectives", "/api/objectives/{number}", "/api/principles", "/api/states", "/api/states/{iso3}", "/api/me", "/api/audit", "/api/audit/head", "/api/audit/chain/{position}" })
        {
            Assert.Contains(path, paths);
        }
        Assert.True(openApi.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("bearer", out _));

        var docs = await client.GetAsync("/api/docs/");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.Contains("openapi/v1.json", await docs.Content.ReadAsStringAsync());
    }
}
