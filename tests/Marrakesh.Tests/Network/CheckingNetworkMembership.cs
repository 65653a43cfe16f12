using System.Net;
using System.Net.Http.Json;
using Marrakesh.Tests.Fund;
using Marrakesh.Tests.Hub;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Network;

public sealed class CheckingNetworkMembership(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private static object Programme(params string[] organisations) => new
    {
        title = "Labour mobility in the Sahel", countries = new[] { "MLI" }, thematicArea = 2, objectives = new[] { 6 },
        organisations, budgetUsd = 500_000m,
    };

    [Fact]
    public async Task A_programme_naming_an_organisation_outside_the_network_is_refused_naming_it_until_the_secretariat_records_it()
    {
        var desk = await FundDesk.OpenAsync(app);
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var acronym = NetworkCalls.FreshAcronym();
        var before = await app.Database.CountAsync("fund_programmes");

        var problem = await (await desk.PostAsync("/api/fund/programmes", Programme("IOM", acronym))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "organisations");

        Assert.Contains(acronym, problem.GetProperty("errors").GetProperty("organisations")[0].GetString());
        Assert.Equal(before, await app.Database.CountAsync("fund_programmes"));
        await secretariat.AddMemberAsync(acronym);
        await (await desk.PostAsync("/api/fund/programmes", Programme("IOM", acronym.ToLowerInvariant()))).ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_member_page_lists_the_public_programmes_it_takes_part_in()
    {
        var desk = await FundDesk.OpenAsync(app);

        var id = await desk.ApprovedProgrammeAsync(organisations: ["UNICEF", "UNODC"]);

        var unicef = await (await app.CreateClient().GetAsync("/api/network/members/UNICEF")).ShouldBeJsonAsync();
        Assert.Contains(unicef.GetProperty("fundProgrammes").EnumerateArray(), p => p.GetProperty("id").GetString() == id);
        var page = await app.CreateClient().GetStringAsync("/network/members/UNICEF");
        Assert.Contains($"/fund/programmes/{id}", page);
    }

    [Fact]
    public async Task An_offer_in_a_un_network_members_name_must_name_a_member_and_is_filed_under_its_acronym()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var (outsider, _) = await app.ClientAsAsync("stakeholder", organisation: "Open Roads Foundation");
        var before = await app.Database.CountAsync("hub_offers");

        var problem = await (await secretariat.PostAsJsonAsync("/api/hub/offers", HubCalls.Offer(("provider", "World Food Programme"))))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "provider");
        await (await outsider.PostAsJsonAsync("/api/hub/offers", HubCalls.Offer(("provider", null)))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "provider");

        Assert.Contains("World Food Programme", problem.GetProperty("errors").GetProperty("provider")[0].GetString());
        Assert.Equal(before, await app.Database.CountAsync("hub_offers"));
        var offer = await secretariat.RegisterAsync(HubCalls.Offer(("provider", "United Nations Children's Fund")));
        Assert.Equal("UNICEF", offer.GetProperty("provider").GetString());
        var partner = await outsider.RegisterAsync(HubCalls.Offer(("provider", null), ("providerType", "partner-organisation")));
        Assert.Equal("Open Roads Foundation", partner.GetProperty("provider").GetString());
    }
}
