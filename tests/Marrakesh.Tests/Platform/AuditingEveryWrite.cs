using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marrakesh.Tests.Datasets;
using Marrakesh.Tests.Fund;
using Marrakesh.Tests.Hub;
using Marrakesh.Tests.Infrastructure;
using Marrakesh.Tests.Knowledge;
using Marrakesh.Tests.Network;

namespace Marrakesh.Tests.Platform;

/// <summary>
/// Every write endpoint of every module leaves its change in the audit trail, attributed to its author. The list of
/// write endpoints comes from the API's own document: a new one without a scenario here (or in
/// <see cref="AuditingEveryFundWrite"/> for the fund) fails the first test.
/// </summary>
public sealed class AuditingEveryWrite(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    /// <summary>Writes that change no audited record, and why.</summary>
    private static readonly Dictionary<string, string> NotAudited = new()
    {
        ["RebuildSearchIndex"] = "rebuilds the search documents from the audited public record; they are derived (INotAudited)",
    };

    private HttpClient secretariat = null!;
    private HttpClient auditor = null!;

    /// <summary>Each write, by module, run once, and the audit entries (entity, id, action) it must leave.</summary>
    private Dictionary<string, Dictionary<string, Func<Task<Expected[]>>>> Modules => new()
    {
        ["Commitments"] = new()
        {
            ["AddCommitment"] = async () => [new("Commitment", Id(await AddCommitmentAsync()), "created")],
            ["ChangeCommitment"] = async () =>
            {
                var (id, etag) = await CommitmentAsync();
                await (await secretariat.PatchAsync($"/api/commitments/{id}", new { description = "Changed for the trail." }, etag)).ShouldBeJsonAsync();
                return [new("Commitment", id, "updated")];
            },
            ["PublishCommitment"] = async () =>
            {
                var (id, etag) = await CommitmentAsync();
                await (await secretariat.PostAsync($"/api/commitments/{id}/publish", etag)).ShouldBeJsonAsync();
                return [new("Commitment", id, "updated")];
            },
            ["RemoveCommitment"] = async () =>
            {
                var (id, etag) = await CommitmentAsync();
                Assert.Equal(HttpStatusCode.NoContent, (await secretariat.DeleteAsync($"/api/commitments/{id}", etag)).StatusCode);
                return [new("Commitment", id, "deleted")];
            },
        },
        ["Pledges"] = new()
        {
            ["MakePledge"] = async () => [new("Pledge", (await PledgeAsync()).Id, "created")],
            ["AmendPledge"] = async () =>
            {
                var (id, etag) = await PledgeAsync();
                await (await secretariat.PatchAsync($"/api/pledges/{id}", new { measure = "People trained", reason = "Audited" }, etag)).ShouldBeJsonAsync();
                return [new("Pledge", id, "updated")];
            },
            ["ReportPledgeProgress"] = async () =>
            {
                var (id, etag) = await PledgeAsync();
                var request = new HttpRequestMessage(HttpMethod.Post, $"/api/pledges/{id}/progress")
                {
                    Content = JsonContent.Create(new { date = "2026-01-10", note = "First step taken.", status = "in-progress" }),
                };
                request.Headers.TryAddWithoutValidation("If-Match", etag);
                await (await secretariat.SendAsync(request)).ShouldBeJsonAsync();
                return [new("Pledge", id, "updated"), new("PledgeProgress", $"after:{id}", "created")];
            },
        },
        ["Reviews"] = new()
        {
            ["DraftReview"] = async () => [new("NationalReview", (await ReviewAsync("ARG")).Id, "created")],
            ["ChangeReview"] = async () =>
            {
                var (id, etag) = await ReviewAsync("BOL");
                await (await secretariat.PatchAsync($"/api/reviews/{id}", new { consulted = new[] { "Audited council" } }, etag)).ShouldBeJsonAsync();
                return [new("NationalReview", id, "updated")];
            },
            ["SubmitReview"] = async () => [new("NationalReview", (await SubmittedAsync("CHL")).Id, "updated")],
            ["AcknowledgeReview"] = async () =>
            {
                var (id, etag) = await SubmittedAsync("COL");
                await (await secretariat.PostAsync($"/api/reviews/{id}/acknowledge", etag)).ShouldBeJsonAsync();
                return [new("NationalReview", id, "updated")];
            },
            ["PublishReview"] = async () =>
            {
                var (id, etag) = await SubmittedAsync("ECU");
                await (await secretariat.PostAsync($"/api/reviews/{id}/publish", etag)).ShouldBeJsonAsync();
                return [new("NationalReview", id, "updated")];
            },
            ["AddClaim"] = async () =>
            {
                await (await secretariat.PostAsJsonAsync("/api/analysis/claims", new
                {
                    id = "audited-claim", text = "Every OECD member of 2018 voted yes.",
                    checks = new[] { new { select = new { grouping = "oecd-2018" }, quantifier = "all", test = new { vote = "yes" } } },
                })).ShouldBeJsonAsync(System.Net.HttpStatusCode.Created);
                return [new("Claim", "audited-claim", "created")];
            },
            ["SetRoundTables"] = async () =>
            {
                var etag = (await secretariat.GetAsync("/api/review-cycles/imrf-2030")).ETag();
                var request = new HttpRequestMessage(HttpMethod.Put, "/api/review-cycles/imrf-2030/round-tables")
                {
                    Content = JsonContent.Create(new[] { new { number = 1, objectives = new[] { 1, 2 } } }),
                };
                request.Headers.TryAddWithoutValidation("If-Match", etag);
                await (await secretariat.SendAsync(request)).ShouldBeJsonAsync();
                return [new("ReviewCycle", "imrf-2030", "updated")];
            },
        },
        ["Hub"] = new()
        {
            ["SubmitHubRequest"] = async () => [new("SupportRequest", Id(await HubCalls.SubmitAsync(secretariat, HubCalls.Request())), "created")],
            ["ChangeHubRequest"] = async () =>
            {
                var response = await secretariat.PostAsJsonAsync("/api/hub/requests", HubCalls.Request());
                var id = Id(await response.ShouldBeJsonAsync(HttpStatusCode.Created));
                await (await secretariat.PatchAsync($"/api/hub/requests/{id}", new { title = "Changed for the trail" }, response.ETag())).ShouldBeJsonAsync();
                return [new("SupportRequest", id, "updated")];
            },
            ["TransitionHubRequest"] = async () =>
            {
                var id = Id(await HubCalls.SubmitAsync(secretariat, HubCalls.Request()));
                await secretariat.MoveAsync(id, "assessed", note: "Audited step");
                return [new("SupportRequest", id, "updated"), new("SupportRequestStep", $"after:{id}", "created")];
            },
            ["EngageHubPartners"] = async () =>
            {
                var offer = Id(await secretariat.RegisterAsync(HubCalls.Offer()));
                var id = Id(await HubCalls.SubmitAsync(secretariat, HubCalls.Request()));
                await (await secretariat.PutAsJsonAsync($"/api/hub/requests/{id}/partners", new { offers = new[] { offer } })).ShouldBeJsonAsync();
                return [new("SupportRequestPartner", $"after:{offer}", "created")];
            },
            ["ProposeProgrammeFromHubRequest"] = async () =>
            {
                var id = Id(await HubCalls.SubmitAsync(secretariat, HubCalls.Request()));
                await (await secretariat.PostAsJsonAsync($"/api/hub/requests/{id}/propose-programme",
                    new { thematicArea = 2, organisations = new[] { "IOM", "ILO" }, budgetUsd = 2000000 })).ShouldBeJsonAsync(HttpStatusCode.Created);
                return [new("Programme", $"after:{id}", "created")];
            },
            ["RegisterHubOffer"] = async () => [new("SupportOffer", Id(await secretariat.RegisterAsync(HubCalls.Offer())), "created")],
        },
        ["Knowledge"] = new()
        {
            ["SubmitPractice"] = async () => [new("Practice", (await PracticeAsync()).Id, "created")],
            ["EditPractice"] = async () =>
            {
                var (id, etag) = await PracticeAsync();
                await (await secretariat.PatchAsync($"/api/practices/{id}", new { summary = "Changed for the trail." }, etag)).ShouldBeJsonAsync();
                return [new("Practice", id, "updated")];
            },
            ["ReviewPractice"] = async () =>
            {
                var (id, _) = await PracticeAsync();
                await secretariat.DecideAsync(id, "start-review");
                return [new("Practice", id, "updated"), new("PracticeStep", $"after:{id}", "created")];
            },
            ["AttachToPractice"] = async () =>
            {
                var (id, _) = await PracticeAsync();
                var pdf = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"));
                pdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
                await (await secretariat.PostAsync($"/api/practices/{id}/attachments", new MultipartFormDataContent { { pdf, "file", "audited.pdf" } }))
                    .ShouldBeJsonAsync(HttpStatusCode.Created);
                return [new("PracticeAttachment", $"after:{id}", "created")];
            },
        },
        ["Accounts"] = new()
        {
            ["IssueToken"] = async () =>
            {
                var token = await (await secretariat.PostAsJsonAsync("/api/tokens", new { name = "audited", days = 5 })).ShouldBeJsonAsync(HttpStatusCode.Created);
                return [new("ApiToken", Id(token), "created")];
            },
            ["RevokeToken"] = async () =>
            {
                var token = await (await secretariat.PostAsJsonAsync("/api/tokens", new { name = "revoked", days = 5 })).ShouldBeJsonAsync(HttpStatusCode.Created);
                Assert.Equal(HttpStatusCode.NoContent, (await secretariat.DeleteAsync($"/api/tokens/{Id(token)}")).StatusCode);
                return [new("ApiToken", Id(token), "updated")];
            },
        },
        ["Instruments"] = new()
        {
            ["RecordPosition"] = async () => [new("InstrumentPosition", Id(await PositionAsync()), "created")],
            ["CorrectPosition"] = async () =>
            {
                var earlier = Id(await PositionAsync());
                var correction = await (await secretariat.PostAsJsonAsync($"/api/instruments/icrmw/positions/{earlier}/corrections",
                    new { reason = "Audited correction", date = "2019-05-03" })).ShouldBeJsonAsync(HttpStatusCode.Created);
                return [new("InstrumentPosition", Id(correction), "created")];
            },
        },
        ["Network"] = new()
        {
            ["AddNetworkMember"] = async () =>
            {
                var acronym = NetworkCalls.FreshAcronym();
                await secretariat.AddMemberAsync(acronym);
                return [new("NetworkMember", $"after:{acronym}", "created")];
            },
            ["ChangeNetworkMember"] = async () =>
            {
                var acronym = NetworkCalls.FreshAcronym();
                var response = await secretariat.PostAsJsonAsync("/api/network/members", NetworkCalls.Member(acronym));
                await (await secretariat.PatchAsync($"/api/network/members/{acronym}", new { since = "audited since 2026" }, response.ETag())).ShouldBeJsonAsync();
                return [new("NetworkMember", "after:audited since 2026", "updated")];
            },
            ["AddNetworkWorkstream"] = async () => [new("NetworkWorkstream", Id(await secretariat.AddWorkstreamAsync()), "created")],
            ["ChangeNetworkWorkstream"] = async () =>
            {
                var response = await secretariat.PostAsJsonAsync("/api/network/workstreams", NetworkCalls.Workstream());
                var id = Id(await response.ShouldBeJsonAsync(HttpStatusCode.Created));
                await (await secretariat.PatchAsync($"/api/network/workstreams/{id}", new { description = "Audited." }, response.ETag())).ShouldBeJsonAsync();
                return [new("NetworkWorkstream", id, "updated")];
            },
            ["AddCountryNetwork"] = async () => [new("CountryNetwork", Id(await secretariat.AddCountryNetworkAsync()), "created")],
            ["ChangeCountryNetwork"] = async () =>
            {
                var response = await secretariat.PostAsJsonAsync("/api/network/country-networks", NetworkCalls.RegionalNetwork());
                var id = Id(await response.ShouldBeJsonAsync(HttpStatusCode.Created));
                await (await secretariat.PatchAsync($"/api/network/country-networks/{id}", new { champion = false }, response.ETag())).ShouldBeJsonAsync();
                return [new("CountryNetwork", id, "updated")];
            },
        },
        ["Datasets"] = new()
        {
            ["ImportDataset"] = async () =>
            {
                var upload = new MultipartFormDataContent
                {
                    { new ByteArrayContent(PublishedLayouts.MigrantStock([1990, 2000, 2020], "POP/DB/MIG/Stock/Rev.2041")), "file", "stock.xlsx" },
                    { new StringContent("migrant-stock"), "kind" },
                };
                var import = await (await secretariat.PostAsync("/api/datasets", upload)).ShouldBeJsonAsync(HttpStatusCode.Created);
                return [new("DatasetImport", Id(import.GetProperty("dataset")), "created")];
            },
        },
    };

    [Fact]
    public async Task Every_write_endpoint_has_an_audit_scenario_or_a_reason_it_changes_nothing_audited()
    {
        var document = await (await app.CreateClient().GetAsync("/openapi/v1.json")).ShouldBeJsonAsync();
        var writes = document.GetProperty("paths").EnumerateObject()
            .Where(p => !p.Name.StartsWith("/api/fund/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Name is "post" or "put" or "patch" or "delete"))
            .Select(o => o.Value.GetProperty("operationId").GetString()!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(writes, Modules.Values.SelectMany(m => m.Keys).Concat(NotAudited.Keys).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Commitments")]
    [InlineData("Pledges")]
    [InlineData("Reviews")]
    [InlineData("Hub")]
    [InlineData("Knowledge")]
    [InlineData("Accounts")]
    [InlineData("Datasets")]
    [InlineData("Network")]
    public async Task Every_write_of_a_module_leaves_its_entries_in_the_audit_trail(string module)
    {
        string email;
        (secretariat, email) = await app.ClientAsAsync("secretariat");
        auditor = (await app.ClientAsAsync("admin")).Client;
        foreach (var (name, scenario) in Modules[module])
        {
            foreach (var expected in await scenario())
            {
                var entry = await FindAsync(expected);
                Assert.True(entry is not null, $"{name}: no '{expected.Action}' audit entry for {expected.Entity} {expected.Id}");
                Assert.Equal(email, entry.Value.GetProperty("actor").GetString());
                Assert.Equal("api", entry.Value.GetProperty("channel").GetString());
            }
        }
    }

    /// <summary>An audit entry to find: by the record's id, or ("after:x") by a value its record holds after the change.</summary>
    private sealed record Expected(string Entity, string Id, string Action);

    private async Task<JsonElement> PositionAsync() => await (await secretariat.PostAsJsonAsync("/api/instruments/icrmw/positions",
        new { state = "SEN", kind = "reservation", date = "2019-05-02", source = "Audited source" })).ShouldBeJsonAsync(HttpStatusCode.Created);

    private async Task<JsonElement?> FindAsync(Expected expected)
    {
        var byValue = expected.Id.StartsWith("after:", StringComparison.Ordinal);
        var query = $"/api/audit?entity={expected.Entity}&limit=500{(byValue ? "" : $"&entityId={Uri.EscapeDataString(expected.Id)}")}";
        var entries = (await (await auditor.GetAsync(query)).ShouldBeJsonAsync()).Items();
        return entries.Cast<JsonElement?>().FirstOrDefault(e => e!.Value.GetProperty("action").GetString() == expected.Action
            && (!byValue || (e.Value.GetProperty("after").GetString() ?? "").Contains(expected.Id[6..], StringComparison.Ordinal)));
    }

    private async Task<JsonElement> AddCommitmentAsync() =>
        await (await secretariat.PostAsJsonAsync("/api/states/PER/commitments", new { objective = 5, description = "Audited commitment." }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);

    private async Task<(string Id, string ETag)> CommitmentAsync()
    {
        var response = await secretariat.PostAsJsonAsync("/api/states/PER/commitments", new { objective = 5, description = "Audited commitment." });
        return (Id(await response.ShouldBeJsonAsync(HttpStatusCode.Created)), response.ETag());
    }

    private async Task<(string Id, string ETag)> PledgeAsync()
    {
        var response = await secretariat.PostAsJsonAsync("/api/pledges", new
        {
            actorType = "civil-society", actorName = "Audited Network", form = "policy", jointType = "individual", objectives = new[] { 3 },
            narrative = string.Concat(Enumerable.Repeat("We will train frontline staff on migrants' rights. ", 7)),
        });
        return (Id(await response.ShouldBeJsonAsync(HttpStatusCode.Created)), response.ETag());
    }

    private async Task<(string Id, string ETag)> ReviewAsync(string state)
    {
        var response = await secretariat.PostAsJsonAsync("/api/review-cycles/imrf-2026/reviews", new
        {
            state, sections = new[] { new { objective = 5, status = "in-progress", narrative = "Progress on objective 5." } },
        });
        return (Id(await response.ShouldBeJsonAsync(HttpStatusCode.Created)), response.ETag());
    }

    private async Task<(string Id, string ETag)> SubmittedAsync(string state)
    {
        var (id, etag) = await ReviewAsync(state);
        var submitted = await secretariat.PostAsync($"/api/reviews/{id}/submit", etag);
        await submitted.ShouldBeJsonAsync();
        return (id, submitted.ETag());
    }

    private async Task<(string Id, string ETag)> PracticeAsync()
    {
        var (practice, etag) = await PracticeDesk.SubmitAsync(secretariat, PracticeDesk.Practice(("organisation", "Audited Aid")));
        return (Id(practice), etag);
    }

    private static string Id(JsonElement output) => output.GetProperty("id").ToString();
}
