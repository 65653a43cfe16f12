using System.Net;
using System.Net.Http.Json;
using Marrakesh.Tests.Fund;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Platform;

/// <summary>
/// Values that parse but cannot be true are refused, naming the field, and nothing is written (issue 17, finding 8):
/// money dated before the fund existed, progress before the Compact, round tables numbered 0 or below, expenditure of
/// nothing or of less than a cent.
/// </summary>
public sealed class RefusingImplausibleValues(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Theory]
    [InlineData("/api/fund/contributions", "date")]
    [InlineData("/api/fund/income", "date")]
    [InlineData("/api/fund/agreements", "signedOn")]
    [InlineData("/api/fund/allocations", "date")]
    [InlineData("/api/fund/transfers", "date")]
    public async Task Money_dated_before_the_fund_existed_is_refused(string path, string field)
    {
        var desk = await FundDesk.OpenAsync(app);
        var before = await app.Database.CountAsync("fund_ledger_transactions");
        var body = new Dictionary<string, object?>
        {
            ["contributor"] = "Germany", ["contributorType"] = "member-state", ["amount"] = 100m, ["currency"] = "USD",
            ["amountUsd"] = 100m, ["programmeId"] = Guid.NewGuid(), ["organisation"] = "IOM", [field] = "0001-01-01",
        };

        await (await desk.PostAsync(path, body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);

        Assert.Equal(before, await app.Database.CountAsync("fund_ledger_transactions"));
    }

    [Fact]
    public async Task Progress_dated_before_the_Compact_is_refused()
    {
        var (client, _) = await app.ClientAsAsync("stakeholder", organisation: "Early Birds");
        var made = await client.PostAsJsonAsync("/api/pledges", new
        {
            actorType = "civil-society", form = "policy", jointType = "individual", objectives = new[] { 3 },
            narrative = string.Concat(Enumerable.Repeat("We will train frontline staff on migrants' rights. ", 7)),
        });
        var id = (await made.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/pledges/{id}/progress")
        {
            Content = JsonContent.Create(new { date = "2018-12-09", note = "Before the Compact." }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", made.ETag());

        await (await client.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "date");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task A_round_table_numbered_below_one_is_refused(int number)
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var etag = (await secretariat.GetAsync("/api/review-cycles/imrf-2030")).ETag();
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/review-cycles/imrf-2030/round-tables")
        {
            Content = JsonContent.Create(new[] { new { number, objectives = new[] { 1, 2 } } }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", etag);

        var problem = await (await secretariat.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "roundTables");

        Assert.Contains($"({number} given)", problem.GetProperty("errors").GetProperty("roundTables")[0].GetString());
        Assert.Equal(etag, (await secretariat.GetAsync("/api/review-cycles/imrf-2030")).ETag());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("0.00")]
    [InlineData("1e-300")]
    [InlineData("0.001")]
    public async Task Expenditure_of_nothing_or_less_than_a_cent_is_refused(string amount)
    {
        var desk = await FundDesk.OpenAsync(app);
        await desk.DepositAsync(10_000m, "country:SEN");
        var programme = await desk.ApprovedProgrammeAsync("SEN");
        await (await desk.AllocateAsync(programme, 5_000m)).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await desk.TransferAsync(programme, "IOM", 1_000m)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var before = await app.Database.CountAsync("fund_expenditures");
        var body = $$"""{"organisation": "IOM", "year": 2026, "amountUsd": {{amount}}}""";

        var response = await desk.Manager.PostAsync($"/api/fund/programmes/{programme}/expenditure",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "amountUsd");
        Assert.Equal(before, await app.Database.CountAsync("fund_expenditures"));
    }
}
