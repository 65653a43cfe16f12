using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Fund;

/// <summary>The edges found in review: keys, privacy of proposals and actors, signs in IATI, closure, big numbers.</summary>
public sealed class KeepingTheFundHonest(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Fact]
    public async Task A_posting_without_an_idempotency_key_is_refused_and_posts_nothing()
    {
        var desk = await FundDesk.OpenAsync(app);
        var before = await app.Database.CountAsync("fund_ledger_transactions");

        var response = await desk.Manager.PostAsJsonAsync("/api/fund/contributions", FundDesk.Contribution(100m));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Idempotency-Key");
        Assert.Equal(before, await app.Database.CountAsync("fund_ledger_transactions"));
    }

    [Fact]
    public async Task A_deposit_worth_more_than_the_ledger_holds_is_refused()
    {
        var desk = await FundDesk.OpenAsync(app);

        var response = await desk.PostAsync("/api/fund/contributions", FundDesk.Contribution(90_000_000_000m, currency: "KWD", rate: 999m));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "amount");
    }

    [Fact]
    public async Task Concept_notes_are_seen_by_staff_and_the_countries_focal_points_until_approved()
    {
        var desk = await FundDesk.OpenAsync(app);
        var proposal = await (await desk.PostAsync("/api/fund/programmes", new
        {
            title = "Confidential concept", summary = "A need not yet public.", countries = new[] { "TCD" }, thematicArea = 1,
            objectives = new[] { 1 }, organisations = new[] { "IOM", "UNDP" }, budgetUsd = 10_000m,
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = proposal.GetProperty("id").GetString()!;
        var anonymous = app.CreateClient();
        var (chad, _) = await app.ClientAsAsync("state-focal-point", state: "TCD");
        var (niger, _) = await app.ClientAsAsync("state-focal-point", state: "NER");

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/fund/programmes/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await niger.GetAsync($"/api/fund/programmes/{id}")).StatusCode);
        Assert.DoesNotContain(id, await anonymous.GetStringAsync("/api/fund/programmes"), StringComparison.Ordinal);
        Assert.DoesNotContain("Confidential concept", await anonymous.GetStringAsync("/api/fund/iati.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("Confidential concept", await anonymous.GetStringAsync("/api/fund/summary"), StringComparison.Ordinal);
        await (await chad.GetAsync($"/api/fund/programmes/{id}")).ShouldBeJsonAsync();

        await (await desk.PostAsync($"/api/fund/programmes/{id}/decision", new { decision = "approve", reference = "SC-2026-04" })).ShouldBeJsonAsync();

        await (await anonymous.GetAsync($"/api/fund/programmes/{id}")).ShouldBeJsonAsync();
        Assert.Contains("Confidential concept", await anonymous.GetStringAsync("/api/fund/iati.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_sees_every_posting_but_only_staff_see_who_made_it()
    {
        var desk = await FundDesk.OpenAsync(app);
        await desk.DepositAsync(300m, "country:BEN");
        var programme = await desk.ApprovedProgrammeAsync("BEN");
        await (await desk.AllocateAsync(programme, 100m)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var (secretariat, _) = await app.ClientAsAsync("secretariat");

        var publicLedger = await app.CreateClient().GetStringAsync($"/api/fund/programmes/{programme}/ledger");
        var publicDetail = await app.CreateClient().GetStringAsync($"/api/fund/programmes/{programme}");
        var publicDeposits = await app.CreateClient().GetStringAsync("/api/fund/contributions");
        var staffLedger = await secretariat.GetStringAsync($"/api/fund/programmes/{programme}/ledger");

        Assert.Contains("\"kind\":\"allocation\"", publicLedger, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.org", publicLedger + publicDetail + publicDeposits, StringComparison.Ordinal);
        Assert.Contains("@example.org", staffLedger, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reversed_allocation_is_published_to_IATI_as_a_negative_commitment()
    {
        var desk = await FundDesk.OpenAsync(app);
        await desk.DepositAsync(800m, "country:TGO");
        var programme = await desk.ApprovedProgrammeAsync("TGO");
        var allocation = await (await desk.AllocateAsync(programme, 693m)).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await desk.PostAsync($"/api/fund/transactions/{allocation.GetProperty("id").GetInt64()}/reverse", new { reason = "Wrong programme" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);

        var iati = XDocument.Parse(await app.CreateClient().GetStringAsync("/api/fund/iati.xml"));

        var commitments = iati.Descendants("transaction")
            .Where(t => t.Element("transaction-type")!.Attribute("code")!.Value == "2"
                && t.Element("receiver-org")?.Attribute("receiver-activity-id")?.Value.EndsWith(programme.Replace("-", ""), StringComparison.Ordinal) == true)
            .Select(t => decimal.Parse(t.Element("value")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([693m, -693m], commitments);
    }

    [Fact]
    public async Task After_closure_no_reversal_can_put_money_back_into_the_programme()
    {
        var desk = await FundDesk.OpenAsync(app);
        await desk.DepositAsync(2_000m, "country:MLI");
        var programme = await desk.ApprovedProgrammeAsync("MLI");
        await (await desk.AllocateAsync(programme, 1_000m)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var transfer = await (await desk.TransferAsync(programme, "IOM", 400m)).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await desk.PostAsync($"/api/fund/programmes/{programme}/decision", new { decision = "close", reference = "SC-2026-11" })).ShouldBeJsonAsync();

        var reversal = await desk.PostAsync($"/api/fund/transactions/{transfer.GetProperty("id").GetInt64()}/reverse", new { reason = "Late correction" });

        await reversal.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var detail = await (await app.CreateClient().GetAsync($"/api/fund/programmes/{programme}")).ShouldBeJsonAsync();
        Assert.Equal(0m, detail.GetProperty("heldUsd").GetDecimal());
        Assert.Equal(1_980m - 400m, await desk.AvailableAsync("country:MLI"));
        await desk.ShouldHoldInvariantsAsync();
    }

    [Fact]
    public async Task Investment_income_in_a_pool_does_not_make_a_pledges_allocation_negative()
    {
        var desk = await FundDesk.OpenAsync(app);
        var (company, _) = await app.ClientAsAsync("stakeholder", organisation: "Remit Co");
        var pledge = (await (await company.PostAsJsonAsync("/api/pledges", new
        {
            actorType = "private-sector", form = "financial", jointType = "individual", objectives = new[] { 20 },
            narrative = string.Concat(Enumerable.Repeat("We will lower the cost of remittances in our corridors. ", 7)), amount = 1_000m, currency = "USD",
        })).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString();
        await (await desk.PostAsync("/api/fund/contributions", new { contributor = "Remit Co", contributorType = "private-sector", amount = 1_000m, currency = "USD", pledgeId = pledge }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await desk.PostAsync("/api/fund/income", new { amountUsd = 500m })).ShouldBeJsonAsync(HttpStatusCode.Created);

        var chain = await (await app.CreateClient().GetAsync($"/api/fund/pledges/{pledge}/chain")).ShouldBeJsonAsync();

        Assert.True(chain.GetProperty("allocatedUsd").GetDecimal() >= 0m, chain.ToString());
        Assert.Equal(1m, chain.GetProperty("fulfilmentShare").GetDecimal());
    }
}
