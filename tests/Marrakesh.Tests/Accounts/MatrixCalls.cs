using System.Net;
using System.Net.Http.Json;
using Marrakesh.Tests.Fund;
using Marrakesh.Tests.Hub;
using Marrakesh.Tests.Infrastructure;
using Marrakesh.Tests.Knowledge;
using Marrakesh.Tests.Network;
using static Marrakesh.Tests.Accounts.MatrixCallers;

namespace Marrakesh.Tests.Accounts;

/// <summary>
/// How each row of the matrix is called: its route filled with a real record of State A or organisation A and, for a
/// write, a minimal valid body, so that what the caller gets back is authorization's answer. Writes act on records of
/// their own row; versioned ones send the record's current ETag.
/// </summary>
public sealed class MatrixCalls(MarrakeshApp app, MatrixCallers callers, MatrixRecords records)
{
    private Dictionary<string, Func<string, Task<HttpRequestMessage>>>? calls;

    /// <summary>The request for one cell: the row's call as <paramref name="caller"/> would send it.</summary>
    public Task<HttpRequestMessage> ForAsync(MatrixRow row, string caller) =>
        (calls ??= All()).TryGetValue(row.Key, out var call) ? call(caller)
            : throw new Xunit.Sdk.XunitException($"{row.Key}: the matrix has this row but no call says how to make it.");

    private Dictionary<string, Func<string, Task<HttpRequestMessage>>> All() => new()
    {
        ["GET /api/objectives"] = Get("/api/objectives"),
        ["GET /api/objectives/{number}"] = Get("/api/objectives/1"),
        ["GET /api/principles"] = Get("/api/principles"),
        ["GET /api/states"] = Get("/api/states"),
        ["GET /api/audit/head"] = Get("/api/audit/head"),
        ["GET /api/audit/chain/{position}"] = Read("audit-link", records.FirstAuditLinkAsync, position => $"/api/audit/chain/{position}"),
        ["GET /api/states/{iso3}"] = Get($"/api/states/{StateA}"),

        ["GET /api/instruments"] = Get("/api/instruments?asOf=2018-12-19"),
        ["GET /api/instruments.csv"] = Get("/api/instruments.csv"),
        ["GET /api/instruments/{key}"] = Get("/api/instruments/icrmw?asOf=2018-12-19"),
        ["GET /api/instruments/{key}/positions"] = Get("/api/instruments/icrmw/positions"),
        ["GET /api/instruments/{key}/positions.csv"] = Get("/api/instruments/icrmw/positions.csv"),
        ["GET /api/instruments/{key}/positions/{id}/history"] = Read("position", records.PositionAsync, id => $"/api/instruments/icrmw/positions/{id}/history"),
        ["GET /api/states/{iso3}/positions"] = Get($"/api/states/{StateA}/positions"),
        ["GET /api/states/{iso3}/positions.csv"] = Get($"/api/states/{StateA}/positions.csv"),
        ["GET /api/votes/{resolution}"] = Get("/api/votes/A-RES-73-195"),
        ["GET /api/votes/{resolution}.csv"] = Get("/api/votes/A-RES-73-195.csv"),
        ["GET /api/adoptions/marrakesh"] = Get("/api/adoptions/marrakesh"),
        ["GET /api/adoptions/marrakesh.csv"] = Get("/api/adoptions/marrakesh.csv"),
        ["POST /api/instruments/{key}/positions"] = _ => Json(HttpMethod.Post, "/api/instruments/icrmw/positions",
            new { state = StateA, kind = "reservation", date = "2020-01-15", source = "Depositary notification, 2020", note = "A reservation." }),
        ["POST /api/instruments/{key}/positions/{id}/corrections"] = async _ => Request(HttpMethod.Post,
            $"/api/instruments/icrmw/positions/{await records.NewPositionAsync()}/corrections", new { reason = "The date was misread.", date = "2020-01-16" }),

        ["GET /api/datasets"] = Get("/api/datasets"),
        ["GET /api/datasets/{id}/bulk.csv.gz"] = Read("dataset", records.DatasetAsync, id => $"/api/datasets/{id}/bulk.csv.gz"),
        ["GET /api/licences"] = Get("/api/licences"),
        ["GET /api/datasets/{id}"] = Read("dataset", records.DatasetAsync, id => $"/api/datasets/{id}"),
        ["POST /api/datasets"] = _ => Send(HttpMethod.Post, "/api/datasets", MatrixRecords.WdiUpload()),
        ["GET /api/migrant-stock"] = Get($"/api/migrant-stock?destination={StateA}"),
        ["GET /api/migrant-stock.csv"] = Get($"/api/migrant-stock.csv?destination={StateA}"),
        ["GET /api/migrant-stock.sdmx.csv"] = Get($"/api/migrant-stock.sdmx.csv?destination={StateA}"),
        ["GET /api/corridors"] = Get($"/api/corridors?kind=migrants&destination={StateA}"),
        ["GET /api/corridors.csv"] = Get($"/api/corridors.csv?kind=migrants&destination={StateA}"),
        ["GET /api/corridors.sdmx.csv"] = Get($"/api/corridors.sdmx.csv?kind=migrants&destination={StateA}"),
        ["GET /api/states/{iso3}/migration"] = Get($"/api/states/{StateA}/migration"),
        ["GET /api/states/{iso3}/migration.csv"] = Get($"/api/states/{StateA}/migration.csv"),
        ["GET /api/indicators/{code}"] = async _ => Request(HttpMethod.Get, $"/api/indicators/{await records.IndicatorAsync()}?state={StateA}"),
        ["GET /api/analysis/profiles"] = Get("/api/analysis/profiles"),
        ["GET /api/analysis/profiles.csv"] = Get("/api/analysis/profiles.csv"),
        ["GET /api/analysis/fault-line"] = Get("/api/analysis/fault-line"),
        ["GET /api/analysis/fault-line.csv"] = Get("/api/analysis/fault-line.csv"),
        ["GET /api/analysis/claims"] = Get("/api/analysis/claims"),
        ["GET /api/analysis/claims/{id}"] = Get("/api/analysis/claims/SC01"),
        ["POST /api/analysis/claims"] = _ => Json(HttpMethod.Post, "/api/analysis/claims", new
        {
            id = "matrix-claim", text = "Every State of the African Union voted yes.",
            checks = new[] { new { select = new { grouping = "au" }, quantifier = "all", test = new { vote = "yes" } } },
        }),
        ["GET /api/audit"] = Get("/api/audit?limit=50"),

        ["GET /api/states/{iso3}/commitments"] = Get($"/api/states/{StateA}/commitments"),
        ["POST /api/states/{iso3}/commitments"] = _ => Json(HttpMethod.Post, $"/api/states/{StateA}/commitments", new { objective = 7, description = "Decent work for migrant workers." }),
        ["GET /api/commitments"] = Get("/api/commitments"),
        ["GET /api/commitments/{id} (draft)"] = Read("draft-commitment", () => records.NewCommitmentAsync(), id => $"/api/commitments/{id}"),
        ["GET /api/commitments/{id} (published)"] = Read("published-commitment", () => records.NewCommitmentAsync(published: true), id => $"/api/commitments/{id}"),
        ["GET /api/commitments/{id}/versions (draft)"] = Read("draft-commitment", () => records.NewCommitmentAsync(), id => $"/api/commitments/{id}/versions"),
        ["GET /api/commitments/{id}/versions (published)"] = Read("published-commitment", () => records.NewCommitmentAsync(published: true), id => $"/api/commitments/{id}/versions"),
        ["PATCH /api/commitments/{id} (draft)"] = Change(HttpMethod.Patch, () => records.NewCommitmentAsync(), "/api/commitments/{0}", new { description = "Changed." }),
        ["PATCH /api/commitments/{id} (published)"] = Change(HttpMethod.Patch, () => records.NewCommitmentAsync(published: true), "/api/commitments/{0}", new { description = "Changed." }),
        ["POST /api/commitments/{id}/publish (draft)"] = Change(HttpMethod.Post, () => records.NewCommitmentAsync(), "/api/commitments/{0}", null, "/publish"),
        // Removed by the first allowed caller, so each call removes a draft of its own.
        ["DELETE /api/commitments/{id} (draft)"] = async _ =>
        {
            var id = await records.NewCommitmentAsync();
            return Versioned(Request(HttpMethod.Delete, $"/api/commitments/{id}"), await records.ETagAsync($"/api/commitments/{id}"));
        },

        ["GET /api/pledges"] = Get("/api/pledges"),
        ["POST /api/pledges"] = _ => Json(HttpMethod.Post, "/api/pledges", new
        {
            actorType = "un-entity", actorName = OrganisationA, form = "policy", jointType = "individual", objectives = new[] { 3 },
            narrative = string.Concat(Enumerable.Repeat("We will train frontline staff on migrants' rights. ", 7)),
        }),
        ["GET /api/pledges/{id}"] = Read("pledge", records.PledgeWithProgressAsync, id => $"/api/pledges/{id}"),
        ["GET /api/pledges/{id}/versions"] = Read("pledge", records.PledgeWithProgressAsync, id => $"/api/pledges/{id}/versions"),
        ["PATCH /api/pledges/{id}"] = Change(HttpMethod.Patch, () => records.NewPledgeAsync(), "/api/pledges/{0}", new { measure = "People trained", reason = "Clearer measure" }),
        ["POST /api/pledges/{id}/progress"] = Change(HttpMethod.Post, () => records.NewPledgeAsync(), "/api/pledges/{0}",
            new { date = "2026-01-10", note = "First step taken.", status = "in-progress" }, "/progress"),
        ["GET /api/fund/pledges/{id}/chain"] = Read("pledge", records.PledgeWithProgressAsync, id => $"/api/fund/pledges/{id}/chain"),

        ["GET /api/review-cycles"] = Get("/api/review-cycles"),
        ["GET /api/review-cycles/{id}"] = Get("/api/review-cycles/imrf-2026"),
        ["GET /api/review-cycles/{id}/summary"] = Get("/api/review-cycles/imrf-2026/summary"),
        ["GET /api/review-cycles/{id}/summary.csv"] = Get("/api/review-cycles/imrf-2026/summary.csv"),
        ["GET /api/review-cycles/{id}/reviews"] = Get("/api/review-cycles/imrf-2026/reviews"),
        // A State has one review per cycle: each row works on State A's review in a cycle of its own.
        ["POST /api/review-cycles/{id}/reviews"] = _ => Json(HttpMethod.Post, "/api/review-cycles/regional-eca-2028/reviews", new
        {
            state = StateA, sections = new[] { new { objective = 5, status = "in-progress", narrative = "Progress on objective 5." } },
        }),
        ["PUT /api/review-cycles/{id}/round-tables"] = async _ => Versioned(
            Request(HttpMethod.Put, "/api/review-cycles/imrf-2030/round-tables", new[] { new { number = 1, objectives = new[] { 1, 2 } } }),
            await records.ETagAsync("/api/review-cycles/imrf-2030")),
        ["GET /api/reviews/{id}"] = Read("review", () => records.NewReviewAsync("imrf-2026"), id => $"/api/reviews/{id}"),
        ["GET /api/reviews/{id}/versions"] = Read("review", () => records.NewReviewAsync("imrf-2026"), id => $"/api/reviews/{id}/versions"),
        ["PATCH /api/reviews/{id}"] = Change(HttpMethod.Patch, () => records.NewReviewAsync("imrf-2022"), "/api/reviews/{0}", new { consulted = new[] { "National migration council" } }),
        ["POST /api/reviews/{id}/submit"] = Change(HttpMethod.Post, () => records.NewReviewAsync("imrf-2030"), "/api/reviews/{0}", null, "/submit"),
        ["POST /api/reviews/{id}/acknowledge"] = Change(HttpMethod.Post, () => records.NewReviewAsync("regional-eca-2020", submitted: true), "/api/reviews/{0}", null, "/acknowledge"),
        ["POST /api/reviews/{id}/publish"] = Change(HttpMethod.Post, () => records.NewReviewAsync("regional-eca-2024", submitted: true), "/api/reviews/{0}", null, "/publish"),

        ["GET /api/fund/summary"] = Get("/api/fund/summary"),
        ["GET /api/fund/contributions"] = Get("/api/fund/contributions"),
        ["GET /api/fund/contributions/{id}"] = async _ => Request(HttpMethod.Get, $"/api/fund/contributions/{await records.DepositAsync()}"),
        ["GET /api/fund/agreements"] = Get("/api/fund/agreements"),
        ["GET /api/fund/programmes"] = Get("/api/fund/programmes"),
        ["GET /api/fund/pipeline"] = Get("/api/fund/pipeline"),
        ["GET /api/fund/programmes/{id} (concept)"] = Read("concept-note", records.NewConceptNoteAsync, id => $"/api/fund/programmes/{id}"),
        ["GET /api/fund/programmes/{id} (approved)"] = async _ => Request(HttpMethod.Get, $"/api/fund/programmes/{await records.FundedProgrammeAsync()}"),
        ["GET /api/fund/programmes/{id}/ledger (concept)"] = Read("concept-note", records.NewConceptNoteAsync, id => $"/api/fund/programmes/{id}/ledger"),
        ["GET /api/fund/programmes/{id}/ledger (approved)"] = async _ => Request(HttpMethod.Get, $"/api/fund/programmes/{await records.FundedProgrammeAsync()}/ledger"),
        ["GET /api/fund/thematic-areas"] = Get("/api/fund/thematic-areas"),
        ["GET /api/fund/iati.xml"] = Get("/api/fund/iati.xml"),
        ["POST /api/fund/contributions"] = _ => Posting("/api/fund/contributions", FundDesk.Contribution(1_000m)),
        ["POST /api/fund/income"] = _ => Posting("/api/fund/income", new { amountUsd = 10m, memo = "Interest" }),
        ["POST /api/fund/agreements"] = _ => Posting("/api/fund/agreements",
            new { contributor = "Open Roads Foundation", contributorType = "philanthropic", amount = 5_000m, currency = "USD" }),
        ["POST /api/fund/programmes"] = _ => Posting("/api/fund/programmes", new
        {
            title = "Skills partnership", countries = new[] { StateA }, thematicArea = 2, objectives = new[] { 5 },
            organisations = new[] { OrganisationA, "ILO" }, budgetUsd = 1_000m,
        }),
        ["POST /api/fund/programmes/{id}/decision (concept)"] = async _ =>
            await Posting($"/api/fund/programmes/{await records.Once("decided-note", records.NewConceptNoteAsync)}/decision", new { decision = "approve", reference = "SC-2026-07" }),
        ["POST /api/fund/allocations"] = async _ => await Posting("/api/fund/allocations", new { programmeId = await records.FundedProgrammeAsync(), amountUsd = 100m }),
        ["POST /api/fund/transfers"] = async _ =>
            await Posting("/api/fund/transfers", new { programmeId = await records.FundedProgrammeAsync(), organisation = OrganisationA, amountUsd = 10m }),
        ["POST /api/fund/transactions/{id}/reverse"] = async _ =>
            await Posting($"/api/fund/transactions/{await records.Once("reversed", records.NewAllocationAsync)}/reverse", new { reason = "Posted twice" }),
        ["POST /api/fund/programmes/{id}/expenditure"] = async _ =>
            await Json(HttpMethod.Post, $"/api/fund/programmes/{await records.FundedProgrammeAsync()}/expenditure", new { organisation = OrganisationA, year = 2026, amountUsd = 5m }),
        ["PUT /api/fund/thematic-areas/{number}"] = _ => Json(HttpMethod.Put, "/api/fund/thematic-areas/3", new { objectives = new[] { 7, 8 }, source = "Steering committee, 2026" }),

        ["GET /api/network/members"] = Get("/api/network/members"),
        ["GET /api/network/members.csv"] = Get("/api/network/members.csv"),
        ["GET /api/network/members/{acronym}"] = Get("/api/network/members/IOM"),
        ["GET /api/network/members/{acronym}/versions"] = Get("/api/network/members/IOM/versions"),
        ["POST /api/network/members"] = _ => Json(HttpMethod.Post, "/api/network/members", NetworkCalls.Member(NetworkCalls.FreshAcronym())),
        ["PATCH /api/network/members/{acronym}"] = Change(HttpMethod.Patch, records.NewNetworkMemberAsync, "/api/network/members/{0}", new { since = "by 2026" }),
        ["GET /api/network/workstreams"] = Get("/api/network/workstreams"),
        ["GET /api/network/workstreams.csv"] = Get("/api/network/workstreams.csv"),
        ["GET /api/network/workstreams/{id}"] = Read("workstream", records.NewWorkstreamAsync, id => $"/api/network/workstreams/{id}"),
        ["GET /api/network/workstreams/{id}/versions"] = Read("workstream", records.NewWorkstreamAsync, id => $"/api/network/workstreams/{id}/versions"),
        ["POST /api/network/workstreams"] = _ => Json(HttpMethod.Post, "/api/network/workstreams", NetworkCalls.Workstream()),
        ["PATCH /api/network/workstreams/{id}"] = Change(HttpMethod.Patch, records.NewWorkstreamAsync, "/api/network/workstreams/{0}", new { description = "Changed." }),
        ["GET /api/network/country-networks"] = Get("/api/network/country-networks"),
        ["GET /api/network/country-networks.csv"] = Get("/api/network/country-networks.csv"),
        ["GET /api/network/country-networks/{id}"] = Read("country-network", records.NewCountryNetworkAsync, id => $"/api/network/country-networks/{id}"),
        ["GET /api/network/country-networks/{id}/versions"] = Read("country-network", records.NewCountryNetworkAsync, id => $"/api/network/country-networks/{id}/versions"),
        ["POST /api/network/country-networks"] = _ => Json(HttpMethod.Post, "/api/network/country-networks", NetworkCalls.RegionalNetwork()),
        ["PATCH /api/network/country-networks/{id}"] = Change(HttpMethod.Patch, records.NewCountryNetworkAsync, "/api/network/country-networks/{0}", new { champion = true }),
        ["GET /api/consultative-processes"] = Get("/api/consultative-processes"),
        ["GET /api/consultative-processes.csv"] = Get("/api/consultative-processes.csv"),
        ["GET /api/consultative-processes/{key}"] = Get("/api/consultative-processes/rabat-process"),

        ["GET /api/hub/requests"] = Get("/api/hub/requests"),
        ["POST /api/hub/requests"] = _ => Json(HttpMethod.Post, "/api/hub/requests", HubCalls.Request(("state", StateA))),
        ["GET /api/hub/requests/{id} (open)"] = Read("open-request", () => records.NewHubRequestAsync(), id => $"/api/hub/requests/{id}"),
        ["GET /api/hub/requests/{id} (closed)"] = Read("closed-request", () => records.NewHubRequestAsync(closed: true), id => $"/api/hub/requests/{id}"),
        ["PATCH /api/hub/requests/{id} (open)"] = Change(HttpMethod.Patch, () => records.NewHubRequestAsync(), "/api/hub/requests/{0}", new { title = "Data on labour migration, revised" }),
        ["GET /api/hub/service-level"] = Get("/api/hub/service-level"),
        ["GET /api/hub/requests/{id}/matches (open)"] = Read("open-request", () => records.NewHubRequestAsync(), id => $"/api/hub/requests/{id}/matches"),
        ["GET /api/hub/offers"] = Get("/api/hub/offers"),
        ["GET /api/hub/offers/{id}"] = Read("offer", records.OfferAsync, id => $"/api/hub/offers/{id}"),
        ["POST /api/hub/offers"] = _ => Json(HttpMethod.Post, "/api/hub/offers", HubCalls.Offer(("provider", OrganisationA))),
        ["POST /api/hub/requests/{id}/transition (open)"] = async _ =>
            await Json(HttpMethod.Post, $"/api/hub/requests/{await records.Once("moved-request", () => records.NewHubRequestAsync())}/transition", new { to = "assessed" }),
        ["PUT /api/hub/requests/{id}/partners (open)"] = async _ =>
            await Json(HttpMethod.Put, $"/api/hub/requests/{await records.Once("partnered-request", () => records.NewHubRequestAsync())}/partners",
                new { offers = new[] { await records.OfferAsync() } }),
        ["POST /api/hub/requests/{id}/propose-programme (open)"] = async _ =>
            await Json(HttpMethod.Post, $"/api/hub/requests/{await records.Once("proposing-request", () => records.NewHubRequestAsync())}/propose-programme",
                new { thematicArea = 2, organisations = new[] { OrganisationA, "ILO" }, budgetUsd = 2_000_000m }),

        ["GET /api/practices"] = Get("/api/practices"),
        ["POST /api/practices"] = _ => Json(HttpMethod.Post, "/api/practices", PracticeDesk.Practice(("organisation", OrganisationA))),
        ["GET /api/practices/{id} (submitted)"] = Read("submitted-practice", () => records.NewPracticeAsync(), id => $"/api/practices/{id}"),
        ["GET /api/practices/{id} (published)"] = Read("published-practice", () => records.NewPracticeAsync(published: true), id => $"/api/practices/{id}"),
        ["GET /api/practices/{id}/versions (submitted)"] = Read("submitted-practice", () => records.NewPracticeAsync(), id => $"/api/practices/{id}/versions"),
        ["GET /api/practices/{id}/versions (published)"] = Read("published-practice", () => records.NewPracticeAsync(published: true), id => $"/api/practices/{id}/versions"),
        ["GET /api/practices/{id}/attachments/{number} (submitted)"] = Read("submitted-practice", () => records.NewPracticeAsync(), id => $"/api/practices/{id}/attachments/1"),
        ["GET /api/practices/{id}/attachments/{number} (published)"] = Read("published-practice", () => records.NewPracticeAsync(published: true), id => $"/api/practices/{id}/attachments/1"),
        ["PATCH /api/practices/{id} (submitted)"] = Change(HttpMethod.Patch, () => records.NewPracticeAsync(), "/api/practices/{0}", new { summary = "Volunteer lawyers answer questions." }),
        ["POST /api/practices/{id}/review (submitted)"] = async _ =>
            await Json(HttpMethod.Post, $"/api/practices/{await records.Once("reviewed-practice", () => records.NewPracticeAsync())}/review", new { decision = "start-review" }),
        ["POST /api/practices/{id}/attachments (submitted)"] = async _ =>
        {
            var pdf = new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray());
            pdf.Headers.ContentType = new("application/pdf");
            var id = await records.Once("attached-practice", () => records.NewPracticeAsync());
            return Request(HttpMethod.Post, $"/api/practices/{id}/attachments", new MultipartFormDataContent { { pdf, "file", "annex.pdf" } });
        },
        ["GET /api/search"] = Get("/api/search?q=migration"),
        ["POST /api/search/reindex"] = _ => Send(HttpMethod.Post, "/api/search/reindex", null),

        ["GET /api/me"] = Get("/api/me"),
        ["GET /api/tokens"] = Get("/api/tokens"),
        // Each caller reads a token of its own, made just before; those without a working token try another's.
        ["GET /api/tokens/{id} (own)"] = async caller =>
        {
            var id = callers.IsSignedIn(caller)
                ? (await (await callers[caller].PostAsJsonAsync("/api/tokens", new { name = "to read", days = 5 })).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()
                : await records.AnothersTokenAsync(app);
            return Request(HttpMethod.Get, $"/api/tokens/{id}");
        },
        ["GET /api/tokens/{id} (another)"] = async _ => Request(HttpMethod.Get, $"/api/tokens/{await records.AnothersTokenAsync(app)}"),
        ["POST /api/tokens"] = _ => Json(HttpMethod.Post, "/api/tokens", new { name = "script", days = 5 }),
        // Each caller revokes a token of its own, made just before; those without a working token try another's.
        ["DELETE /api/tokens/{id} (own)"] = async caller =>
        {
            var id = callers.IsSignedIn(caller)
                ? (await (await callers[caller].PostAsJsonAsync("/api/tokens", new { name = "to revoke", days = 5 })).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()
                : await records.AnothersTokenAsync(app);
            return Request(HttpMethod.Delete, $"/api/tokens/{id}");
        },
        ["DELETE /api/tokens/{id} (another)"] = async _ => Request(HttpMethod.Delete, $"/api/tokens/{await records.AnothersTokenAsync(app)}"),
    };

    private static Func<string, Task<HttpRequestMessage>> Get(string url) => _ => Task.FromResult(Request(HttpMethod.Get, url));

    /// <summary>A read of a record made once and shared by the rows that read it.</summary>
    private Func<string, Task<HttpRequestMessage>> Read(string record, Func<Task<string>> make, Func<string, string> url) =>
        async _ => Request(HttpMethod.Get, url(await records.Once(record, make)));

    /// <summary>A versioned change of a record made for this row, sent with the record's current ETag.</summary>
    private Func<string, Task<HttpRequestMessage>> Change(HttpMethod method, Func<Task<string>> make, string recordUrl, object? body, string action = "")
    {
        var row = Guid.NewGuid().ToString();
        return async _ =>
        {
            var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, recordUrl, await records.Once(row, make));
            return Versioned(Request(method, url + action, body), await records.ETagAsync(url));
        };
    }

    /// <summary>A fund posting: it must carry an Idempotency-Key, a new one for each call.</summary>
    private static Task<HttpRequestMessage> Posting(string url, object body)
    {
        var request = Request(HttpMethod.Post, url, body);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return Task.FromResult(request);
    }

    private static Task<HttpRequestMessage> Json(HttpMethod method, string url, object body) => Task.FromResult(Request(method, url, body));

    private static Task<HttpRequestMessage> Send(HttpMethod method, string url, HttpContent? content) =>
        Task.FromResult(new HttpRequestMessage(method, url) { Content = content });

    private static HttpRequestMessage Request(HttpMethod method, string url, object? body = null) =>
        new(method, url) { Content = body switch { null => null, HttpContent content => content, _ => JsonContent.Create(body, body.GetType()) } };

    private static HttpRequestMessage Versioned(HttpRequestMessage request, string etag)
    {
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return request;
    }
}
