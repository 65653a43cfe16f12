using System.Net;
using System.Net.Http.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Fund;

public sealed class RecordingContributions(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Fact]
    public async Task A_deposit_in_euros_is_valued_at_its_recorded_rate_and_one_percent_is_set_aside_for_the_agent()
    {
        var desk = await FundDesk.OpenAsync(app);

        var response = await desk.PostAsync("/api/fund/contributions", FundDesk.Contribution(1_000_000.00m, "country:MAR", "EUR", 1.08m));

        var contribution = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/fund/contributions/{contribution.GetProperty("id").GetString()}", response.Headers.Location!.OriginalString);
        Assert.Equal(1_080_000.00m, contribution.GetProperty("amountUsd").GetDecimal());
        Assert.Equal(10_800.00m, contribution.GetProperty("feeUsd").GetDecimal());
        Assert.Equal(1_069_200.00m, contribution.GetProperty("netUsd").GetDecimal());
        Assert.Contains("\"amountUsd\":1080000.00", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1_069_200.00m, await desk.AvailableAsync("country:MAR"));
        var listed = await (await app.CreateClient().GetAsync("/api/fund/contributions?contributorType=member-state")).ShouldBeJsonAsync();
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetString() == contribution.GetProperty("id").GetString());
        await desk.ShouldHoldInvariantsAsync();
    }

    [Theory]
    [InlineData(0, "USD", null, "none", "amount")]
    [InlineData(-5, "USD", null, "none", "amount")]
    [InlineData(100, "XYZ", 1.0, "none", "currency")]
    [InlineData(100, "EUR", null, "none", "rateToUsd")]
    [InlineData(100, "EUR", -1.0, "none", "rateToUsd")]
    [InlineData(100, "USD", null, "thematic:9", "earmark")]
    [InlineData(100, "USD", null, "country:XXX", "earmark")]
    [InlineData(100, "USD", null, "everything", "earmark")]
    [InlineData(100.001, "USD", null, "none", "amount")]
    public async Task Bad_deposits_are_refused_with_the_field_named_and_nothing_is_posted(double amount, string currency, double? rate, string earmark, string field)
    {
        var desk = await FundDesk.OpenAsync(app);
        var before = await app.Database.CountAsync("fund_ledger_transactions");
        var keys = await app.Database.CountAsync("fund_idempotency_keys");

        var response = await desk.PostAsync("/api/fund/contributions",
            FundDesk.Contribution((decimal)amount, earmark, currency, rate is null ? null : (decimal)rate.Value), Guid.NewGuid().ToString());

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await app.Database.CountAsync("fund_ledger_transactions"));
        Assert.Equal(keys, await app.Database.CountAsync("fund_idempotency_keys"));
    }

    [Fact]
    public async Task Only_the_fund_manager_records_money()
    {
        var (stakeholder, _) = await app.ClientAsAsync("stakeholder", organisation: "Some Foundation");
        var (secretariat, _) = await app.ClientAsAsync("secretariat");

        Assert.Equal(HttpStatusCode.Forbidden, (await stakeholder.PostAsJsonAsync("/api/fund/contributions", FundDesk.Contribution(10))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await secretariat.PostAsJsonAsync("/api/fund/contributions", FundDesk.Contribution(10))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync("/api/fund/contributions", FundDesk.Contribution(10))).StatusCode);
    }

    [Fact]
    public async Task A_retried_deposit_with_the_same_key_posts_once_and_gets_the_first_answer()
    {
        var desk = await FundDesk.OpenAsync(app);
        var key = Guid.NewGuid().ToString();
        var body = FundDesk.Contribution(250.00m, "country:TUN");

        var first = await (await desk.PostAsync("/api/fund/contributions", body, key)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var retry = await desk.PostAsync("/api/fund/contributions", body, key);

        var replayed = await retry.ShouldBeJsonAsync(HttpStatusCode.Created);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(first.GetProperty("id").GetString(), replayed.GetProperty("id").GetString());
        Assert.Equal(247.50m, await desk.AvailableAsync("country:TUN"));
        await (await desk.PostAsync("/api/fund/contributions", FundDesk.Contribution(999.00m, "country:TUN"), key))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task The_same_request_sent_many_times_at_once_posts_once()
    {
        var desk = await FundDesk.OpenAsync(app);
        var key = Guid.NewGuid().ToString();
        var body = FundDesk.Contribution(100.00m, "country:EGY");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => desk.PostAsync("/api/fund/contributions", body, key)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()));
        Assert.Single(ids.Distinct());
        Assert.Equal(99.00m, await desk.AvailableAsync("country:EGY"));
        await desk.ShouldHoldInvariantsAsync();
    }
}
