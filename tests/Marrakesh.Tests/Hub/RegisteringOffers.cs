using System.Net;
using System.Net.Http.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Hub;

public sealed class RegisteringOffers(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Fact]
    public async Task A_stakeholder_offers_in_its_organisations_name_and_signed_in_callers_read_it()
    {
        var (stakeholder, _) = await app.ClientAsAsync("stakeholder", organisation: "ILO");

        var offer = await stakeholder.RegisterAsync(HubCalls.Offer());

        Assert.Equal("ILO", offer.GetProperty("provider").GetString());
        Assert.Equal(3, offer.GetProperty("capacity").GetInt32());
        var (focalPoint, _) = await app.ClientAsAsync("state-focal-point", "MAR");
        var list = (await (await focalPoint.GetAsync("/api/hub/offers?provider=ILO&objective=6")).ShouldBeJsonAsync()).Items();
        Assert.Contains(list, o => o.Id() == offer.Id());
        await (await app.CreateClient().GetAsync("/api/hub/offers")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Nobody_offers_in_someone_elses_name()
    {
        var (stakeholder, _) = await app.ClientAsAsync("stakeholder", organisation: "IOM");
        var (focalPoint, _) = await app.ClientAsAsync("state-focal-point", "MAR");
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var before = await app.Database.CountAsync("hub_offers");

        await (await stakeholder.PostAsJsonAsync("/api/hub/offers", HubCalls.Offer(("provider", "ILO")))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await focalPoint.PostAsJsonAsync("/api/hub/offers", HubCalls.Offer())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await app.CreateClient().PostAsJsonAsync("/api/hub/offers", HubCalls.Offer())).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(before, await app.Database.CountAsync("hub_offers"));

        Assert.Equal("IOM", (await stakeholder.RegisterAsync(HubCalls.Offer(("provider", null)))).GetProperty("provider").GetString());
        Assert.Equal("UNDP", (await secretariat.RegisterAsync(HubCalls.Offer(("provider", "UNDP")))).GetProperty("provider").GetString());
    }

    public static TheoryData<string, object?, string> BadFields => new()
    {
        { "providerType", "government", "providerType" },
        { "modality", "money", "modality" },
        { "capacity", 0, "capacity" },
        { "capacity", null, "capacity" },
        { "languages", Array.Empty<string>(), "languages" },
        { "objectives", new[] { 24 }, "objectives" },
        { "regions", new[] { "Atlantis" }, "regions" },
        { "topics", new[] { "" }, "topics" },
        { "topics", Enumerable.Range(1, 21).Select(i => $"topic {i}").ToArray(), "topics" },
        { "availableFrom", "soon", "availableFrom" },
        { "provider", null, "provider" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Bad_input_names_the_field_and_writes_nothing(string key, object? value, string field)
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var before = await app.Database.CountAsync("hub_offers");

        await (await secretariat.PostAsJsonAsync("/api/hub/offers", HubCalls.Offer((key, value)))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);

        Assert.Equal(before, await app.Database.CountAsync("hub_offers"));
    }

    [Fact]
    public async Task An_offer_with_four_mistakes_gets_one_answer_naming_all_four()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var before = await app.Database.CountAsync("hub_offers");

        var problem = await (await secretariat.PostAsJsonAsync("/api/hub/offers", HubCalls.Offer(
            ("providerType", "government"), ("capacity", 0), ("languages", new[] { "xx" }), ("regions", new[] { "Africa", "Atlantis" }))))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors").EnumerateObject().ToDictionary(e => e.Name, e => e.Value[0].GetString()!);
        Assert.Equal(["capacity", "languages", "providerType", "regions"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("(0 given)", errors["capacity"]);
        Assert.Contains("'xx'", errors["languages"]);
        Assert.Contains("'government'", errors["providerType"]);
        Assert.Contains("'Atlantis'", errors["regions"]);
        Assert.Contains("4 fields", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await app.Database.CountAsync("hub_offers"));
    }

    [Fact]
    public async Task Regions_and_languages_are_stored_as_the_platform_spells_them()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");

        var offer = await secretariat.RegisterAsync(HubCalls.Offer(
            ("provider", "UNHCR"), ("languages", new[] { "FR", "fr", "pt" }), ("regions", new[] { "northern africa", "eca", "global" })));

        Assert.Equal(["fr", "pt"], offer.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(["Northern Africa", "ECA", "Global"], offer.GetProperty("regions").EnumerateArray().Select(r => r.GetString()));
    }
}
