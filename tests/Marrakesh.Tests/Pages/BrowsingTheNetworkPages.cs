using System.Net;
using Marrakesh.Tests.Infrastructure;
using Marrakesh.Tests.Network;

namespace Marrakesh.Tests.Pages;

public sealed class BrowsingTheNetworkPages(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Fact]
    public async Task The_network_page_lists_the_known_members_and_says_the_total_is_not_recorded()
    {
        var page = await app.CreateClient().GetPageAsync("/network");

        var rows = page.QuerySelectorAll("section[aria-labelledby=members] tbody tr").ToList();
        Assert.Equal(9, rows.Count);
        Assert.Equal("IOM", rows[0].QuerySelector("th a")!.TextContent);
        Assert.Contains("Known members: 9; total not recorded.", page.QuerySelector("main")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main form"));
        Assert.Contains(page.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/network");
    }

    [Fact]
    public async Task A_members_page_shows_its_entry_and_an_unknown_member_is_404()
    {
        var visitor = app.CreateClient();

        var who = await visitor.GetPageAsync("/network/members/who");

        Assert.Equal("World Health Organization", who.QuerySelector("h1")!.TextContent);
        Assert.Contains("IMRF 2022", who.QuerySelector("dl.facts")!.TextContent);
        await visitor.GetPageAsync("/network/members/NOSUCH", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_processes_page_lists_each_process_with_its_founding_year_and_members()
    {
        var page = await app.CreateClient().GetPageAsync("/consultative-processes");

        var rows = page.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(16, rows.Count);
        var colombo = page.GetElementById("colombo-process")!;
        Assert.Contains("2003", colombo.TextContent);
        Assert.Contains("12 States listed", colombo.TextContent);
        Assert.Contains(colombo.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/states/KHM");
        var gfmd = page.GetElementById("gfmd")!.TextContent;
        Assert.Contains("open to all UN Member States", gfmd);
        Assert.Contains("not applicable", gfmd);
    }

    [Fact]
    public async Task A_states_page_lists_the_processes_it_takes_part_in_and_its_country_network()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        await secretariat.AddCountryNetworkAsync(new { scope = "country", state = "PHL", residentCoordinatorOffice = "RCO Philippines", members = new[] { "IOM", "ILO" }, source = "s" });

        var philippines = await app.CreateClient().GetPageAsync("/states/PHL");
        var iran = await app.CreateClient().GetPageAsync("/states/IRN");

        var section = philippines.QuerySelector("section[aria-labelledby=consultation]")!;
        var processes = section.QuerySelectorAll("li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/consultative-processes#abu-dhabi-dialogue", "/consultative-processes#colombo-process"], processes.Order(StringComparer.Ordinal));
        Assert.Contains("RCO Philippines", section.TextContent);
        var iranSection = iran.QuerySelector("section[aria-labelledby=consultation]")!;
        Assert.Contains("observer", iranSection.TextContent);
        Assert.Contains("No UN Network country network", iranSection.TextContent);
    }

    [Fact]
    public async Task The_secretariat_adds_a_member_on_the_page_and_a_mistake_is_shown_beside_its_field()
    {
        var (browser, _) = await app.SignedInBrowserAsync("secretariat");
        var acronym = NetworkCalls.FreshAcronym();
        var before = await app.Database.CountAsync("network_members");

        var refused = await Browsing.ParseAsync(await browser.SubmitAsync((await browser.GetPageAsync("/network")).Form("form[action*='handler=Member']"),
            new Dictionary<string, string> { ["Acronym"] = "IOM", ["Name"] = "Again", ["Source"] = "s" }));
        Assert.Contains("already recorded", refused.QuerySelector("main")!.TextContent);
        Assert.Equal(before, await app.Database.CountAsync("network_members"));

        var added = await browser.SubmitAsync((await browser.GetPageAsync("/network")).Form("form[action*='handler=Member']"),
            new Dictionary<string, string> { ["Acronym"] = acronym, ["Name"] = "A new member", ["Source"] = "Terms of Reference" });
        var page = await Browsing.ParseAsync(added);
        Assert.Equal("A new member", page.QuerySelector("h1")!.TextContent);
        var changed = await Browsing.ParseAsync(await browser.SubmitAsync(page.Form("section[aria-labelledby=change] form"),
            new Dictionary<string, string> { ["Since"] = "by 2026", ["Reason"] = "Checked" }));
        Assert.Equal(2, changed.QuerySelectorAll("section[aria-labelledby=history] li").Length);
        Assert.Contains("by 2026", changed.QuerySelector("dl.facts")!.TextContent);
    }
}
