using System.Net;
using Marrakesh.Tests.Hub;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Pages;

public sealed class UsingTheHubOnThePages(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Fact]
    public async Task A_focal_point_requests_support_through_the_form_and_sees_its_request_and_matches()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        await secretariat.RegisterAsync(HubCalls.Offer(("provider", "ILO"), ("objectives", new[] { 6 }), ("regions", new[] { "Western Africa" })));
        var (browser, _) = await app.SignedInBrowserAsync("state-focal-point", "GHA");
        var form = (await browser.GetPageAsync("/hub/requests/new")).Form("main form");

        var response = await browser.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Title"] = "Ethical recruitment of nurses",
            ["Need"] = "Our health ministry needs advice on recruitment agreements.",
            ["ObjectiveNumbers"] = "6",
            ["Languages"] = "en, fr",
            ["Modality"] = "advice",
        });
        var page = await Browsing.ParseAsync(response);

        Assert.Matches("/hub/requests/[0-9a-f-]{36}$", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("Ethical recruitment of nurses", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Submitted", page.QuerySelector("table.steps")!.TextContent);
        var best = page.QuerySelector("ol.matches > li")!.TextContent;
        Assert.Contains("ILO", best);
        Assert.Contains("region Western Africa (+15)", best);
        Assert.Null(page.QuerySelector("form.transition"));
        var hub = await browser.GetPageAsync("/hub");
        Assert.Contains("Ethical recruitment of nurses", hub.QuerySelector("table.open-requests")!.TextContent);

        var (stranger, _) = await app.SignedInBrowserAsync("state-focal-point", "MAR");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(response.RequestMessage.RequestUri.AbsolutePath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(response.RequestMessage.RequestUri.AbsolutePath)).StatusCode);
    }

    [Fact]
    public async Task The_secretariat_moves_a_request_on_the_page_and_the_public_sees_the_outcome()
    {
        var (browser, _) = await app.SignedInBrowserAsync("secretariat");
        var created = await browser.SubmitAsync((await browser.GetPageAsync("/hub/requests/new")).Form("main form"), new Dictionary<string, string>
        {
            ["State"] = "SEN", ["Title"] = "Diaspora bonds", ["Need"] = "Advice on diaspora investment.", ["ObjectiveNumbers"] = "19",
            ["Languages"] = "fr", ["Modality"] = "peer-exchange",
        });
        var url = created.RequestMessage!.RequestUri!.AbsolutePath;

        var refused = await Browsing.ParseAsync(await browser.SubmitAsync((await browser.GetPageAsync(url)).Form("form.transition"),
            new Dictionary<string, string> { ["To"] = "declined" }));
        Assert.Contains("Reason for declining: Say why the request is declined.", refused.QuerySelector(".errors")!.TextContent);
        Assert.Equal("true", refused.QuerySelector("#Reason")!.GetAttribute("aria-invalid"));
        Assert.StartsWith("Reason-error", refused.QuerySelector("#Reason")!.GetAttribute("aria-describedby"));
        Assert.NotNull(refused.QuerySelector("#To option[value=declined][selected]"));
        var declined = await Browsing.ParseAsync(await browser.SubmitAsync((await browser.GetPageAsync(url)).Form("form.transition"),
            new Dictionary<string, string> { ["To"] = "declined", ["Reason"] = "An existing programme covers this." }));

        Assert.Contains("Declined", declined.QuerySelector(".facts")!.TextContent);
        var visitor = await app.CreateClient().GetPageAsync(url);
        Assert.Contains("An existing programme covers this.", visitor.QuerySelector(".facts")!.TextContent);
        Assert.Null(visitor.QuerySelector("ol.matches"));
        Assert.DoesNotContain("@example.org", visitor.QuerySelector("table.steps")!.TextContent);
        var hub = await app.CreateClient().GetPageAsync("/hub");
        Assert.Contains("Diaspora bonds", hub.QuerySelector("table.outcomes")!.TextContent);
        Assert.Null(hub.QuerySelector("table.open-requests"));
    }

    [Fact]
    public async Task The_secretariat_engages_partners_and_the_State_gives_feedback_on_the_page()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var request = (await secretariat.SubmitAsync(HubCalls.Request(("state", "GHA"), ("objectives", new[] { 18 })))).Id();
        var offer = (await secretariat.RegisterAsync(HubCalls.Offer(("provider", "ILO"), ("objectives", new[] { 18 })))).Id();
        var (desk, _) = await app.SignedInBrowserAsync("secretariat");
        var url = $"/hub/requests/{request}";

        await desk.SubmitAsync((await desk.GetPageAsync(url)).Form("form.partners"), new Dictionary<string, string> { ["Partners"] = offer });
        await secretariat.MoveThroughAsync(request, "closed");
        var (ghana, _) = await app.SignedInBrowserAsync("state-focal-point", state: "GHA");
        var (togo, _) = await app.SignedInBrowserAsync("state-focal-point", state: "TGO");
        var page = await Browsing.ParseAsync(await ghana.SubmitAsync((await ghana.GetPageAsync(url)).Form("form.feedback"),
            new Dictionary<string, string> { ["Feedback"] = "The skills partnership now runs on its own." }));

        var matches = await (await secretariat.GetAsync($"/api/hub/requests/{request}/matches")).ShouldBeJsonAsync();
        Assert.True(matches.GetProperty("items").EnumerateArray().Single(m => m.GetProperty("offerId").GetString() == offer).GetProperty("chosen").GetBoolean());
        Assert.Contains("The skills partnership now runs on its own.", page.QuerySelector(".facts")!.TextContent);
        Assert.Null((await togo.GetPageAsync(url)).QuerySelector("form.feedback"));
    }

    [Fact]
    public async Task A_stakeholder_offers_support_through_the_form()
    {
        var (browser, _) = await app.SignedInBrowserAsync("stakeholder", organisation: "Migrant Health Network");
        var response = await browser.SubmitAsync((await browser.GetPageAsync("/hub/offers/new")).Form("main form"), new Dictionary<string, string>
        {
            ["ProviderType"] = "partner-organisation", ["ObjectiveNumbers"] = "15", ["Topics"] = "health, vaccination", ["Languages"] = "es, en",
            ["Regions"] = "Latin America and the Caribbean", ["Modality"] = "training", ["Capacity"] = "2",
        });
        var page = await Browsing.ParseAsync(response);

        Assert.Equal("/hub/offers", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Migrant Health Network", page.QuerySelector("table.offers")!.TextContent);
        var bad = await Browsing.ParseAsync(await browser.SubmitAsync((await browser.GetPageAsync("/hub/offers/new")).Form("main form"),
            new Dictionary<string, string> { ["ObjectiveNumbers"] = "15", ["Languages"] = "en", ["Capacity"] = "0" }));
        Assert.Contains("(0 given)", bad.QuerySelector("#Capacity-error")!.TextContent);
        Assert.Equal("true", bad.QuerySelector("#Capacity")!.GetAttribute("aria-invalid"));
        Assert.Equal("0", bad.QuerySelector("#Capacity")!.GetAttribute("value"));
        Assert.Equal("en", bad.QuerySelector("#Languages")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Four_mistakes_in_a_request_are_shown_beside_their_fields_after_one_submit_and_what_was_typed_stays()
    {
        var (browser, _) = await app.SignedInBrowserAsync("state-focal-point", "GHA");
        var before = await app.Database.CountAsync("hub_requests");
        var form = (await browser.GetPageAsync("/hub/requests/new")).Form("main form");

        var page = await Browsing.ParseAsync(await browser.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Title"] = "Ethical recruitment of nurses",
            ["Need"] = "",
            ["Languages"] = "en, xx",
            ["Modality"] = "training",
            ["StartDate"] = "soon",
        }));

        foreach (var field in new[] { "Need", "ObjectiveNumbers", "Languages", "StartDate" })
        {
            var control = page.QuerySelector($"#{field}")!;
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"#{field}-error")?.TextContent), $"no message beside {field}");
            Assert.Equal("true", control.GetAttribute("aria-invalid"));
            Assert.StartsWith($"{field}-error", control.GetAttribute("aria-describedby"));
        }
        Assert.Equal(4, page.QuerySelectorAll(".field-error").Length);
        Assert.Equal(["#Languages", "#Need", "#ObjectiveNumbers", "#StartDate"],
            page.QuerySelectorAll(".errors a").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal));
        Assert.Contains("'xx'", page.QuerySelector("#Languages-error")!.TextContent);
        Assert.Contains("Start: Use the form yyyy-mm-dd.", page.QuerySelector(".errors")!.TextContent);
        Assert.Equal("Ethical recruitment of nurses", page.QuerySelector("#Title")!.GetAttribute("value"));
        Assert.Equal("en, xx", page.QuerySelector("#Languages")!.GetAttribute("value"));
        Assert.Equal("soon", page.QuerySelector("#StartDate")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#Modality option[value=training][selected]"));
        Assert.Null(page.QuerySelector("#Title-error"));
        Assert.Equal(before, await app.Database.CountAsync("hub_requests"));
    }

    [Fact]
    public async Task Offers_and_the_request_form_need_a_signed_in_person()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        foreach (var path in new[] { "/hub/offers", "/hub/offers/new", "/hub/requests/new" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery);
        }
    }
}
