using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Fund;

/// <summary>Intent methods for the fund manager's desk, over the public API.</summary>
public sealed class FundDesk(HttpClient manager)
{
    public HttpClient Manager { get; } = manager;

    public static async Task<FundDesk> OpenAsync(MarrakeshApp app) => new((await app.ClientAsAsync("fund-manager")).Client);

    public static object Contribution(decimal amount, string earmark = "none", string currency = "USD", decimal? rate = null, string contributor = "Germany") =>
        new { contributor, contributorType = "member-state", amount, currency, rateToUsd = rate, earmark, date = "2026-01-15" };

    /// <summary>Posts with an Idempotency-Key: a new one unless <paramref name="key"/> is given.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, object body, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString());
        return Manager.SendAsync(request);
    }

    public async Task<JsonElement> DepositAsync(decimal amountUsd, string earmark = "none") =>
        await (await PostAsync("/api/fund/contributions", Contribution(amountUsd, earmark), Guid.NewGuid().ToString())).ShouldBeJsonAsync(HttpStatusCode.Created);

    /// <summary>A programme approved by the steering committee, ready for money.</summary>
    public async Task<string> ApprovedProgrammeAsync(string country = "MAR", int area = 2, decimal budget = 2_000_000m, string[]? organisations = null)
    {
        var response = await PostAsync("/api/fund/programmes", new
        {
            title = $"Fair recruitment corridor {Guid.NewGuid():N}"[..40],
            countries = new[] { country },
            thematicArea = area,
            objectives = new[] { 5, 6 },
            organisations = organisations ?? ["IOM", "ILO"],
            budgetUsd = budget,
        });
        var id = (await response.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        await (await PostAsync($"/api/fund/programmes/{id}/decision", new { decision = "approve", reference = "SC-2026-01" })).ShouldBeJsonAsync();
        return id;
    }

    public Task<HttpResponseMessage> AllocateAsync(string programme, decimal amount, string? earmark = null) =>
        PostAsync("/api/fund/allocations", new { programmeId = programme, amountUsd = amount, earmark }, Guid.NewGuid().ToString());

    public Task<HttpResponseMessage> TransferAsync(string programme, string organisation, decimal amount) =>
        PostAsync("/api/fund/transfers", new { programmeId = programme, organisation, amountUsd = amount }, Guid.NewGuid().ToString());

    public async Task<JsonElement> SummaryAsync() => await (await Manager.GetAsync("/api/fund/summary")).ShouldBeJsonAsync();

    public async Task<decimal> AvailableAsync(string earmark) =>
        (await SummaryAsync()).GetProperty("availableByEarmark").EnumerateArray()
            .Where(f => f.GetProperty("key").GetString() == earmark).Select(f => f.GetProperty("amountUsd").GetDecimal()).FirstOrDefault();

    public async Task ShouldHoldInvariantsAsync()
    {
        var invariants = (await SummaryAsync()).GetProperty("invariants");
        foreach (var invariant in invariants.EnumerateObject())
        {
            Assert.True(invariant.Value.GetBoolean(), $"Invariant broken: {invariant.Name}");
        }
    }
}
