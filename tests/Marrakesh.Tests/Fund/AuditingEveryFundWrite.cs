using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Fund;

/// <summary>
/// Every write endpoint of the fund leaves its change in the audit trail, with who and what. The list of endpoints
/// comes from the API's own document, so a new fund write without a scenario here fails the first test.
/// </summary>
public sealed class AuditingEveryFundWrite(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private FundDesk desk = null!;
    private HttpClient auditor = null!;
    private string managerEmail = "";

    /// <summary>Each fund write, run once, and the audit entries (entity, id, action) it must leave; "*" matches any.</summary>
    private Dictionary<string, Func<Task<IReadOnlyList<(string Entity, string Id, string Action)>>>> Scenarios => new()
    {
        ["RecordContribution"] = async () =>
        {
            var deposit = await desk.DepositAsync(100_000m);
            return [("Contribution", Id(deposit), "created"), ("LedgerTransaction", deposit.GetProperty("transactionId").GetInt64().ToString(), "created")];
        },
        ["RecordIncome"] = async () =>
        {
            var income = await Created(desk.PostAsync("/api/fund/income", new { amountUsd = 10m, memo = "Interest" }));
            return [("LedgerTransaction", Id(income), "created")];
        },
        ["RecordAgreement"] = async () =>
        {
            var agreement = await Created(desk.PostAsync("/api/fund/agreements",
                new { contributor = "Open Roads Foundation", contributorType = "philanthropic", amount = 5_000m, currency = "USD" }));
            return [("ContributionAgreement", Id(agreement), "created")];
        },
        ["ProposeProgramme"] = async () =>
        {
            var programme = await Created(desk.PostAsync("/api/fund/programmes", new
            {
                title = "Audited programme", countries = new[] { "MAR" }, thematicArea = 2, objectives = new[] { 5 },
                organisations = new[] { "IOM", "ILO" }, budgetUsd = 1_000m,
            }));
            return [("Programme", Id(programme), "created")];
        },
        ["DecideOnProgramme"] = async () =>
        {
            var programme = await desk.ApprovedProgrammeAsync(budget: 1_000m);
            return [("Programme", programme, "updated"), ("ProgrammeDecision", "*", "created")];
        },
        ["AllocateFunds"] = async () =>
        {
            var (programme, allocation) = await FundedProgrammeAsync();
            return [("Programme", programme, "updated"), ("LedgerTransaction", Id(allocation), "created")];
        },
        ["TransferFunds"] = async () =>
        {
            var (programme, _) = await FundedProgrammeAsync();
            var transfer = await Created(desk.TransferAsync(programme, "IOM", 100m));
            return [("LedgerTransaction", Id(transfer), "created")];
        },
        ["ReverseTransaction"] = async () =>
        {
            var (_, allocation) = await FundedProgrammeAsync();
            var reversal = await Created(desk.PostAsync($"/api/fund/transactions/{Id(allocation)}/reverse", new { reason = "Audited correction" }));
            return [("LedgerTransaction", Id(reversal), "created")];
        },
        ["ReportExpenditure"] = async () =>
        {
            var (programme, _) = await FundedProgrammeAsync();
            await Created(desk.TransferAsync(programme, "IOM", 100m));
            var spent = await (await desk.Manager.PostAsJsonAsync($"/api/fund/programmes/{programme}/expenditure",
                new { organisation = "IOM", year = 2026, amountUsd = 50m })).ShouldBeJsonAsync();
            Assert.Equal(50m, spent.GetProperty("amountUsd").GetDecimal());
            return [("Expenditure", $"after:{programme}", "created")];
        },
        ["MapThematicArea"] = async () =>
        {
            var (secretariat, _) = await app.ClientAsAsync("secretariat");
            await (await secretariat.PutAsJsonAsync("/api/fund/thematic-areas/3", new { objectives = new[] { 7, 8 }, source = "Audited mapping" }))
                .ShouldBeJsonAsync();
            return [("ThematicArea", "3", "*")];
        },
    };

    [Fact]
    public async Task Every_fund_write_endpoint_has_an_audit_scenario()
    {
        var document = await (await app.CreateClient().GetAsync("/openapi/v1.json")).ShouldBeJsonAsync();
        var writes = document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/fund/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Name is "post" or "put" or "patch" or "delete"))
            .Select(o => o.Value.GetProperty("operationId").GetString()!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(writes, Scenarios.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_fund_write_leaves_its_entries_in_the_audit_trail_attributed_to_its_author()
    {
        await OpenAsync();
        foreach (var (name, scenario) in Scenarios)
        {
            foreach (var (entity, id, action) in await scenario())
            {
                // "*" is any entry of the entity; "after:x" one whose values after the change mention x.
                var entries = (await EntriesAsync(entity, id == "*" || id.StartsWith("after:", StringComparison.Ordinal) ? null : id))
                    .Where(e => !id.StartsWith("after:", StringComparison.Ordinal) || e.GetProperty("after").GetString()!.Contains(id[6..], StringComparison.Ordinal));
                var entry = entries.FirstOrDefault(e => action == "*" || e.GetProperty("action").GetString() == action);
                Assert.True(entry.ValueKind == JsonValueKind.Object, $"{name}: no '{action}' audit entry for {entity} {id}");
                Assert.Contains("@", entry.GetProperty("actor").GetString());
                Assert.Equal("api", entry.GetProperty("channel").GetString());
            }
        }
    }

    [Fact]
    public async Task A_programme_s_first_allocation_records_its_move_to_funded_with_the_amounts_before_and_after()
    {
        await OpenAsync();
        var (programme, _) = await FundedProgrammeAsync();

        var update = (await EntriesAsync("Programme", programme))
            .Where(e => e.GetProperty("action").GetString() == "updated")
            .Select(e => (Before: Json(e, "before"), After: Json(e, "after"), Actor: e.GetProperty("actor").GetString()))
            .Single(u => u.After.TryGetProperty("Status", out var status) && status.GetString() == "funded");

        Assert.Equal("approved", update.Before.GetProperty("Status").GetString());
        Assert.Equal(0, update.Before.GetProperty("AllocatedMinor").GetInt64());
        Assert.Equal(50_000, update.After.GetProperty("AllocatedMinor").GetInt64());
        Assert.Equal(update.Before.GetProperty("Version").GetInt32() + 1, update.After.GetProperty("Version").GetInt32());
        Assert.Equal(managerEmail, update.Actor);
    }

    private async Task OpenAsync()
    {
        var (manager, email) = await app.ClientAsAsync("fund-manager");
        (desk, managerEmail) = (new FundDesk(manager), email);
        auditor = (await app.ClientAsAsync("secretariat")).Client;
        await desk.DepositAsync(1_000_000m);
    }

    private async Task<(string Programme, JsonElement Allocation)> FundedProgrammeAsync()
    {
        var programme = await desk.ApprovedProgrammeAsync(budget: 10_000m);
        return (programme, await Created(desk.AllocateAsync(programme, 500m)));
    }

    private async Task<List<JsonElement>> EntriesAsync(string entity, string? id) =>
        (await (await auditor.GetAsync($"/api/audit?entity={entity}{(id is null ? "" : $"&entityId={id}")}&limit=500")).ShouldBeJsonAsync())
            .Items().ToList();

    private static async Task<JsonElement> Created(Task<HttpResponseMessage> response) => await (await response).ShouldBeJsonAsync(HttpStatusCode.Created);

    private static string Id(JsonElement output) => output.GetProperty("id").ToString();

    private static JsonElement Json(JsonElement entry, string property) => JsonDocument.Parse(entry.GetProperty(property).GetString()!).RootElement;
}
