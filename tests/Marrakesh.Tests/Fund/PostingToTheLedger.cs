using System.Net;
using System.Net.Http.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Fund;

public sealed class PostingToTheLedger(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Fact]
    public async Task Money_travels_from_deposit_to_organisation_and_closure_returns_what_is_unspent()
    {
        var desk = await FundDesk.OpenAsync(app);
        await desk.DepositAsync(101_010.10m, "country:SEN");
        var programme = await desk.ApprovedProgrammeAsync("SEN");

        var allocation = await (await desk.AllocateAsync(programme, 60_000m)).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await desk.TransferAsync(programme, "IOM", 25_000m)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var (iom, _) = await app.ClientAsAsync("stakeholder", organisation: "IOM");
        var spent = await (await iom.PostAsJsonAsync($"/api/fund/programmes/{programme}/expenditure", new { organisation = "IOM", year = 2026, amountUsd = 20_000m }))
            .ShouldBeJsonAsync();
        Assert.True(spent.GetProperty("provisional").GetBoolean());
        await (await desk.PostAsync($"/api/fund/programmes/{programme}/decision", new { decision = "close", reference = "SC-2026-09" })).ShouldBeJsonAsync();

        Assert.Equal("allocation", allocation.GetProperty("kind").GetString());
        Assert.Equal(100_000.00m - 60_000m + 35_000m, await desk.AvailableAsync("country:SEN"));
        var ledger = await (await app.CreateClient().GetAsync($"/api/fund/programmes/{programme}/ledger")).ShouldBeJsonAsync();
        Assert.Equal(["allocation", "transfer", "refund"], ledger.Items().Select(t => t.GetProperty("kind").GetString()));
        Assert.All(ledger.Items(), t => Assert.Equal(0m, t.GetProperty("entries").EnumerateArray().Sum(e => e.GetProperty("amountUsd").GetDecimal())));
        var detail = await (await app.CreateClient().GetAsync($"/api/fund/programmes/{programme}")).ShouldBeJsonAsync();
        Assert.Equal("closed", detail.GetProperty("programme").GetProperty("status").GetString());
        Assert.Equal(0m, detail.GetProperty("heldUsd").GetDecimal());
        var iomFigures = detail.GetProperty("organisations").EnumerateArray().Single(o => o.GetProperty("organisation").GetString() == "IOM");
        Assert.Equal(25_000m, iomFigures.GetProperty("transferredUsd").GetDecimal());
        Assert.Equal(20_000m, iomFigures.GetProperty("expenditureUsd").GetDecimal());
        await desk.ShouldHoldInvariantsAsync();
    }

    [Fact]
    public async Task Investment_income_enters_the_unearmarked_pool_without_a_fee_and_the_books_still_balance()
    {
        var desk = await FundDesk.OpenAsync(app);
        var before = await desk.SummaryAsync();

        var income = await (await desk.PostAsync("/api/fund/income", new { amountUsd = 1_250.75m, memo = "Interest, first quarter" }, Guid.NewGuid().ToString()))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await desk.PostAsync("/api/fund/income", new { amountUsd = 0m })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "amountUsd");

        var after = await desk.SummaryAsync();
        Assert.Equal("income", income.GetProperty("kind").GetString());
        Assert.Equal(1_250.75m, after.GetProperty("incomeUsd").GetDecimal() - before.GetProperty("incomeUsd").GetDecimal());
        Assert.Equal(1_250.75m, after.GetProperty("availableUsd").GetDecimal() - before.GetProperty("availableUsd").GetDecimal());
        Assert.Equal(before.GetProperty("feesUsd").GetDecimal(), after.GetProperty("feesUsd").GetDecimal());
        Assert.Equal(before.GetProperty("depositsUsd").GetDecimal(), after.GetProperty("depositsUsd").GetDecimal());
        await desk.ShouldHoldInvariantsAsync();
    }

    [Fact]
    public async Task Earmarked_money_goes_only_where_its_earmark_allows()
    {
        var desk = await FundDesk.OpenAsync(app);
        await desk.DepositAsync(1_000m, "country:GHA");
        var elsewhere = await desk.ApprovedProgrammeAsync("NGA", area: 3);
        var before = await app.Database.CountAsync("fund_ledger_transactions");

        await (await desk.AllocateAsync(elsewhere, 500m, "country:GHA")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await desk.AllocateAsync(elsewhere, 500m, "country:NGA")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(before, await app.Database.CountAsync("fund_ledger_transactions"));
        Assert.Equal(990m, await desk.AvailableAsync("country:GHA"));
    }

    [Fact]
    public async Task Allocations_draw_on_the_most_specific_pool_first_and_never_beyond_the_budget()
    {
        var desk = await FundDesk.OpenAsync(app);
        await desk.DepositAsync(100m, "country:KEN");
        await desk.DepositAsync(1_000m, "thematic:4");
        var programme = await desk.ApprovedProgrammeAsync("KEN", area: 4, budget: 500m);

        var allocation = await (await desk.AllocateAsync(programme, 300m)).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await desk.AllocateAsync(programme, 200.01m)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        var drawn = allocation.GetProperty("entries").EnumerateArray().Where(e => e.GetProperty("amountUsd").GetDecimal() < 0)
            .ToDictionary(e => e.GetProperty("account").GetString()!, e => e.GetProperty("amountUsd").GetDecimal());
        Assert.Equal(new Dictionary<string, decimal> { ["pool:country:KEN"] = -99m, ["pool:thematic:4"] = -201m }, drawn);
        var shown = await (await app.CreateClient().GetAsync($"/api/fund/programmes/{programme}")).ShouldBeJsonAsync();
        Assert.Equal("funded", shown.GetProperty("programme").GetProperty("status").GetString());
        Assert.Equal(300m, shown.GetProperty("programme").GetProperty("allocatedUsd").GetDecimal());
    }

    [Fact]
    public async Task Programmes_need_two_organisations_and_a_decision_before_money_moves()
    {
        var desk = await FundDesk.OpenAsync(app);
        var single = await desk.PostAsync("/api/fund/programmes", new
        {
            title = "Alone", countries = new[] { "MAR" }, thematicArea = 2, objectives = new[] { 5 }, organisations = new[] { "IOM" }, budgetUsd = 1000,
        });
        await single.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "organisations");
        var concept = await (await desk.PostAsync("/api/fund/programmes", new
        {
            title = "Concept", countries = new[] { "MAR" }, thematicArea = 2, objectives = new[] { 5 }, organisations = new[] { "IOM", "UNHCR" }, budgetUsd = 1000,
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = concept.GetProperty("id").GetString()!;
        await desk.DepositAsync(5_000m);

        await (await desk.AllocateAsync(id, 100m)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await desk.PostAsync($"/api/fund/programmes/{id}/decision", new { decision = "approve" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "reference");
        await (await desk.PostAsync($"/api/fund/programmes/{id}/decision", new { decision = "close", reference = "SC-1" })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await desk.PostAsync($"/api/fund/programmes/{id}/decision", new { decision = "approve", reference = "SC-2", priority = 1 })).ShouldBeJsonAsync();
        var pipeline = await (await app.CreateClient().GetAsync("/api/fund/pipeline")).ShouldBeJsonAsync();
        Assert.Equal(id, pipeline.Items().First().GetProperty("id").GetString());
        await (await desk.TransferAsync(id, "WHO", 10m)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "organisation");
        await (await desk.TransferAsync(id, "IOM", 10m)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Corrections_are_reversing_entries_and_the_database_refuses_to_edit_a_posting()
    {
        var desk = await FundDesk.OpenAsync(app);
        var deposit = await desk.DepositAsync(700m, "country:PHL");
        var programme = await desk.ApprovedProgrammeAsync("PHL");
        var allocation = await (await desk.AllocateAsync(programme, 693m)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var depositTransaction = deposit.GetProperty("transactionId").GetInt64();

        await (await desk.PostAsync($"/api/fund/transactions/{depositTransaction}/reverse", new { reason = "Wrong amount" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await desk.PostAsync($"/api/fund/transactions/{allocation.GetProperty("id").GetInt64()}/reverse", new { reason = "Wrong programme" }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await desk.PostAsync($"/api/fund/transactions/{allocation.GetProperty("id").GetInt64()}/reverse", new { reason = "Again" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await desk.PostAsync($"/api/fund/transactions/{depositTransaction}/reverse", new { reason = "Wrong amount" })).ShouldBeJsonAsync(HttpStatusCode.Created);

        Assert.Equal(0m, await desk.AvailableAsync("country:PHL"));
        var shown = await (await app.CreateClient().GetAsync($"/api/fund/contributions/{deposit.GetProperty("id").GetString()}")).ShouldBeJsonAsync();
        Assert.True(shown.GetProperty("reversed").GetBoolean());
        await Assert.ThrowsAnyAsync<Exception>(() => app.Database.ExecuteRawAsync("UPDATE fund_ledger_entries SET \"AmountMinor\" = 0"));
        await Assert.ThrowsAnyAsync<Exception>(() => app.Database.ExecuteRawAsync("DELETE FROM fund_ledger_transactions"));
        await desk.ShouldHoldInvariantsAsync();
    }

    [Fact]
    public async Task Organisations_report_only_their_own_spending_and_never_more_than_they_received()
    {
        var desk = await FundDesk.OpenAsync(app);
        await desk.DepositAsync(10_000m, "country:JOR");
        var programme = await desk.ApprovedProgrammeAsync("JOR", organisations: ["UNHCR", "UNICEF"]);
        await (await desk.AllocateAsync(programme, 5_000m)).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await desk.TransferAsync(programme, "UNICEF", 3_000m)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var (unicef, _) = await app.ClientAsAsync("stakeholder", organisation: "UNICEF");
        var path = $"/api/fund/programmes/{programme}/expenditure";

        await (await unicef.PostAsJsonAsync(path, new { organisation = "UNHCR", year = 2026, amountUsd = 1m })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await unicef.PostAsJsonAsync(path, new { organisation = "UNICEF", year = 2026, amountUsd = 3_000.01m })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await unicef.PostAsJsonAsync(path, new { organisation = "UNICEF", year = 2026, amountUsd = 1_000m, certified = true })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await unicef.PostAsJsonAsync(path, new { organisation = "UNICEF", year = 2026, amountUsd = 1_000m })).ShouldBeJsonAsync();
        var certified = await (await desk.Manager.PostAsJsonAsync(path, new { organisation = "UNICEF", year = 2026, amountUsd = 1_000m, certified = true })).ShouldBeJsonAsync();
        await (await unicef.PostAsJsonAsync(path, new { organisation = "UNICEF", year = 2026, amountUsd = 900m })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.False(certified.GetProperty("provisional").GetBoolean());
    }
}
