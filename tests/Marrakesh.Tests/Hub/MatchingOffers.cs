using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Hub;

/// <summary>Each test uses its own objective, so the offers of one test do not compete in another.</summary>
public sealed class MatchingOffers(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private async Task<HttpClient> SecretariatAsync() => (await app.ClientAsAsync("secretariat")).Client;

    private static async Task<JsonElement> MatchesAsync(HttpClient client, string id) =>
        await (await client.GetAsync($"/api/hub/requests/{id}/matches")).ShouldBeJsonAsync();

    [Fact]
    public async Task Offers_are_ranked_best_first_with_their_reasons()
    {
        var secretariat = await SecretariatAsync();
        var request = (await secretariat.SubmitAsync(HubCalls.Request(("state", "MAR"), ("objectives", new[] { 6 }),
            ("title", "Fair recruitment of migrant workers"), ("need", "Our agencies need training on ethical recruitment and fees."),
            ("languages", new[] { "fr", "ar" }), ("modality", "training")))).Id();
        var best = (await secretariat.RegisterAsync(HubCalls.Offer(("provider", "ILO"), ("modality", "training"), ("regions", new[] { "Northern Africa" })))).Id();
        var good = (await secretariat.RegisterAsync(HubCalls.Offer(("provider", "IOM"), ("regions", new[] { "Africa" })))).Id();
        var weak = (await secretariat.RegisterAsync(HubCalls.Offer(("provider", "Expert A"), ("providerType", "individual-expert"),
            ("objectives", new[] { 6, 7 }), ("topics", new[] { "border management" }), ("languages", new[] { "en" }), ("regions", new[] { "Europe" }),
            ("modality", "peer-exchange"), ("capacity", 1)))).Id();
        var unrelated = (await secretariat.RegisterAsync(HubCalls.Offer(("provider", "UNHCR"), ("objectives", new[] { 21 })))).Id();

        var matches = await MatchesAsync(secretariat, request);

        var items = matches.Items().ToList();
        Assert.Equal([best, good, weak], items.Select(i => i.GetProperty("offerId").GetString()));
        Assert.DoesNotContain(items, i => i.GetProperty("offerId").GetString() == unrelated);
        Assert.Equal(
            ["objectives 6 shared (+30)", "topics recruitment found in the request (+10)", "languages fr shared (+15)", "region Northern Africa (+15)",
             "modality training (+10)", "available during the timeline (+5)", "capacity 3 of 3 free (+5)"],
            items[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(90, items[0].GetProperty("score").GetInt32());
        Assert.Equal(75, items[1].GetProperty("score").GetInt32()); // region Africa +10, no modality
        Assert.Equal(40, items[2].GetProperty("score").GetInt32()); // objectives, availability, capacity only
        Assert.False(items[0].GetProperty("chosen").GetBoolean());
    }

    [Fact]
    public async Task An_offer_registered_after_a_match_is_ranked_at_the_next_one()
    {
        var secretariat = await SecretariatAsync();
        var request = (await secretariat.SubmitAsync(HubCalls.Request(("objectives", new[] { 14 })))).Id();
        var first = (await secretariat.RegisterAsync(HubCalls.Offer(("provider", "UNICEF"), ("objectives", new[] { 14 })))).Id();
        Assert.Equal([first], (await MatchesAsync(secretariat, request)).Items().Select(i => i.GetProperty("offerId").GetString()));

        var better = (await secretariat.RegisterAsync(HubCalls.Offer(("provider", "OHCHR"), ("objectives", new[] { 14 }), ("regions", new[] { "Northern Africa" })))).Id();

        Assert.Equal([better, first], (await MatchesAsync(secretariat, request)).Items().Select(i => i.GetProperty("offerId").GetString()));
    }

    [Fact]
    public async Task The_same_record_always_gives_the_same_ranking_ties_by_age()
    {
        var secretariat = await SecretariatAsync();
        var request = (await secretariat.SubmitAsync(HubCalls.Request(("objectives", new[] { 9 })))).Id();
        var offers = new List<string?>();
        for (var i = 0; i < 4; i++)
        {
            offers.Add((await secretariat.RegisterAsync(HubCalls.Offer(("provider", $"Twin {i}"), ("providerType", "partner-organisation"), ("objectives", new[] { 9 })))).Id());
            app.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var first = (await MatchesAsync(secretariat, request)).Items().Select(i => i.GetProperty("offerId").GetString()).ToList();
        var second = (await MatchesAsync(secretariat, request)).Items().Select(i => i.GetProperty("offerId").GetString()).ToList();

        Assert.Equal(offers, first);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Engaged_offers_show_as_chosen_and_use_up_their_capacity_for_other_requests()
    {
        var secretariat = await SecretariatAsync();
        var offer = (await secretariat.RegisterAsync(HubCalls.Offer(("provider", "Solo expert"), ("providerType", "individual-expert"), ("objectives", new[] { 12 }), ("capacity", 1)))).Id();
        var spare = (await secretariat.RegisterAsync(HubCalls.Offer(("provider", "Spare NGO"), ("providerType", "partner-organisation"), ("objectives", new[] { 12 }), ("regions", new[] { "Europe" }), ("capacity", 2)))).Id();
        var first = (await secretariat.SubmitAsync(HubCalls.Request(("objectives", new[] { 12 })))).Id();
        var second = (await secretariat.SubmitAsync(HubCalls.Request(("objectives", new[] { 12 })))).Id();
        Assert.Equal(offer, (await MatchesAsync(secretariat, second)).Items().First().GetProperty("offerId").GetString());

        var engaged = await (await secretariat.PutAsJsonAsync($"/api/hub/requests/{first}/partners", new { offers = new[] { spare } })).ShouldBeJsonAsync();
        Assert.Equal([spare], engaged.GetProperty("partners").EnumerateArray().Select(p => p.GetString()));
        var chosen = (await MatchesAsync(secretariat, first)).Items().First();
        Assert.Equal(spare, chosen.GetProperty("offerId").GetString());
        Assert.True(chosen.GetProperty("chosen").GetBoolean());
        Assert.Contains("capacity 2 of 2 free (+5)", chosen.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));

        await (await secretariat.PutAsJsonAsync($"/api/hub/requests/{first}/partners", new { offers = new[] { offer } })).ShouldBeJsonAsync();
        var full = (await MatchesAsync(secretariat, second)).Items().Single(i => i.GetProperty("offerId").GetString() == offer);
        Assert.Contains("capacity full: 1 of 1 engaged (-20)", full.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(spare, (await MatchesAsync(secretariat, second)).Items().First().GetProperty("offerId").GetString());

        await secretariat.MoveAsync(first, "declined", reason: "Withdrawn by the State.");
        var freed = (await MatchesAsync(secretariat, second)).Items().Single(i => i.GetProperty("offerId").GetString() == offer);
        Assert.Contains("capacity 1 of 1 free (+5)", freed.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Similar_past_requests_come_with_their_outcome_finished_ones_first()
    {
        var secretariat = await SecretariatAsync();
        var closed = (await secretariat.SubmitAsync(HubCalls.Request(("objectives", new[] { 14, 15 }), ("title", "Consular protection abroad")))).Id();
        await secretariat.MoveThroughAsync(closed, "closed", outcome: "Consular staff trained in five capitals.");
        var stillOpen = (await secretariat.SubmitAsync(HubCalls.Request(("objectives", new[] { 14 })))).Id();
        var unrelated = (await secretariat.SubmitAsync(HubCalls.Request(("objectives", new[] { 16 })))).Id();
        var request = (await secretariat.SubmitAsync(HubCalls.Request(("objectives", new[] { 14 })))).Id();

        var similar = (await MatchesAsync(secretariat, request)).GetProperty("similar").EnumerateArray().ToList();

        Assert.Equal([closed, stillOpen], similar.Select(s => s.Id()));
        Assert.Equal("Consular staff trained in five capitals.", similar[0].GetProperty("outcome").GetString());
        Assert.DoesNotContain(similar, s => s.Id() == unrelated);
    }

    [Fact]
    public async Task Matches_are_for_the_State_and_the_secretariat()
    {
        var (focalPoint, _) = await app.ClientAsAsync("state-focal-point", "MAR");
        var (other, _) = await app.ClientAsAsync("state-focal-point", "ESP");
        var (stakeholder, _) = await app.ClientAsAsync("stakeholder", organisation: "ILO");
        var id = (await focalPoint.SubmitAsync(HubCalls.Request(("objectives", new[] { 18 })))).Id();

        await MatchesAsync(focalPoint, id);
        await (await other.GetAsync($"/api/hub/requests/{id}/matches")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stakeholder.GetAsync($"/api/hub/requests/{id}/matches")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await app.CreateClient().GetAsync($"/api/hub/requests/{id}/matches")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await focalPoint.PutAsJsonAsync($"/api/hub/requests/{id}/partners", new { offers = Array.Empty<Guid>() })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
