using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marrakesh.Tests.Datasets;
using Marrakesh.Tests.Fund;
using Marrakesh.Tests.Hub;
using Marrakesh.Tests.Infrastructure;
using Marrakesh.Tests.Knowledge;
using static Marrakesh.Tests.Accounts.MatrixCallers;

namespace Marrakesh.Tests.Accounts;

/// <summary>
/// The records the matrix calls act on, all of State A or organisation A, each made by its owner through the API the
/// first time a row needs it. <c>New…</c> makes a fresh one (for a row of its own, or for each call of a removal).
/// </summary>
public sealed class MatrixRecords(MatrixCallers callers)
{
    private static readonly string Narrative = string.Concat(Enumerable.Repeat("We will train frontline staff on migrants' rights. ", 7));
    private readonly Dictionary<string, Task<string>> made = [];

    private HttpClient FocalPoint => callers["focal-point"];
    private HttpClient Stakeholder => callers["stakeholder"];
    private HttpClient Secretariat => callers["secretariat"];
    private FundDesk Desk => new(callers["fund-manager"]);

    /// <summary>The record called <paramref name="name"/>, made on first use.</summary>
    public Task<string> Once(string name, Func<Task<string>> make)
    {
        if (!made.TryGetValue(name, out var record))
        {
            made[name] = record = make();
        }
        return record;
    }

    /// <summary>The first link of the audit chain, sealed by asking for the head (which seals first).</summary>
    public async Task<string> FirstAuditLinkAsync()
    {
        (await Secretariat.GetAsync("/api/audit/head")).EnsureSuccessStatusCode();
        return "1";
    }

    public async Task<string> NewCommitmentAsync(bool published = false)
    {
        var response = await FocalPoint.PostAsJsonAsync($"/api/states/{StateA}/commitments", new { objective = 5, description = "Fair recruitment for all." });
        var id = Id(await response.ShouldBeJsonAsync(HttpStatusCode.Created));
        if (published)
        {
            await (await FocalPoint.PostAsync($"/api/commitments/{id}/publish", response.ETag())).ShouldBeJsonAsync();
        }
        return id;
    }

    public async Task<string> NewPledgeAsync(bool financial = false)
    {
        var response = await Stakeholder.PostAsJsonAsync("/api/pledges", new
        {
            actorType = "un-entity", form = financial ? "financial" : "policy", jointType = "individual", objectives = new[] { 6 }, narrative = Narrative,
            amount = financial ? 50_000m : (decimal?)null, currency = financial ? "USD" : null,
        });
        return Id(await response.ShouldBeJsonAsync(HttpStatusCode.Created));
    }

    /// <summary>A financial pledge of organisation A with a progress note by its owner, whose email its answers must not show.</summary>
    public async Task<string> PledgeWithProgressAsync() => await Once("pledge-with-progress", async () =>
    {
        var id = await NewPledgeAsync(financial: true);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/pledges/{id}/progress")
        {
            Content = JsonContent.Create(new { date = "2026-01-10", note = "First instalment paid.", status = "in-progress" }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", await ETagAsync($"/api/pledges/{id}"));
        await (await Stakeholder.SendAsync(request)).ShouldBeJsonAsync();
        return id;
    });

    /// <summary>State A's review for <paramref name="cycle"/> (a State has one per cycle), submitted when asked.</summary>
    public async Task<string> NewReviewAsync(string cycle, bool submitted = false)
    {
        var response = await FocalPoint.PostAsJsonAsync($"/api/review-cycles/{cycle}/reviews", new
        {
            state = StateA, sections = new[] { new { objective = 5, status = "in-progress", narrative = "Progress on objective 5." } },
        });
        var id = Id(await response.ShouldBeJsonAsync(HttpStatusCode.Created));
        if (submitted)
        {
            await (await FocalPoint.PostAsync($"/api/reviews/{id}/submit", response.ETag())).ShouldBeJsonAsync();
        }
        return id;
    }

    public async Task<string> NewHubRequestAsync(bool closed = false)
    {
        var id = Id(await HubCalls.SubmitAsync(FocalPoint, HubCalls.Request(("state", StateA))));
        if (closed)
        {
            await Secretariat.MoveThroughAsync(id, "closed");
        }
        return id;
    }

    public Task<string> OfferAsync() => Once("offer", async () => Id(await Stakeholder.RegisterAsync(HubCalls.Offer(("provider", OrganisationA)))));

    public async Task<string> NewPracticeAsync(bool published = false)
    {
        var (practice, _) = await PracticeDesk.SubmitAsync(Stakeholder, PracticeDesk.Practice());
        var id = Id(practice);
        var pdf = new ByteArrayContent("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray());
        pdf.Headers.ContentType = new("application/pdf");
        await (await Stakeholder.PostAsync($"/api/practices/{id}/attachments", new MultipartFormDataContent { { pdf, "file", "plan.pdf" } }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        if (published)
        {
            await Secretariat.DecideAsync(id, "start-review");
            await Secretariat.DecideAsync(id, "publish");
        }
        return id;
    }

    public Task<string> DepositAsync() => Once("deposit", async () => Id(await Desk.DepositAsync(1_000_000m)));

    /// <summary>A concept note for State A: not yet decided, so not public.</summary>
    public async Task<string> NewConceptNoteAsync() =>
        Id(await (await Desk.PostAsync("/api/fund/programmes", new
        {
            title = "Labour mobility in the Maghreb", countries = new[] { StateA }, thematicArea = 2, objectives = new[] { 5, 6 },
            organisations = new[] { OrganisationA, "ILO" }, budgetUsd = 1_000_000m,
        })).ShouldBeJsonAsync(HttpStatusCode.Created));

    /// <summary>An approved programme for State A holding money, part of it transferred to organisation A.</summary>
    public Task<string> FundedProgrammeAsync() => Once("funded-programme", async () =>
    {
        await DepositAsync();
        var id = await Desk.ApprovedProgrammeAsync(StateA, budget: 1_000_000m, organisations: [OrganisationA, "ILO"]);
        await (await Desk.AllocateAsync(id, 500_000m)).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await Desk.TransferAsync(id, OrganisationA, 100_000m)).ShouldBeJsonAsync(HttpStatusCode.Created);
        return id;
    });

    /// <summary>A ledger transaction that may be reversed: an allocation to the funded programme.</summary>
    public async Task<string> NewAllocationAsync() =>
        (await (await Desk.AllocateAsync(await FundedProgrammeAsync(), 1_000m)).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").ToString();

    /// <summary>A WDI file imported, so that its indicator can be read.</summary>
    public Task<string> IndicatorAsync() => Once("indicator", async () =>
    {
        await (await Secretariat.PostAsync("/api/datasets", WdiUpload())).ShouldBeJsonAsync(HttpStatusCode.Created);
        return "BX.TRF.PWKR.CD.DT";
    });

    public static MultipartFormDataContent WdiUpload() => new()
    {
        { new ByteArrayContent(PublishedLayouts.WdiCsv()), "file", "wdi.csv" },
        { new StringContent("wdi"), "kind" },
    };

    /// <summary>The imported WDI file, as the list of datasets names it.</summary>
    public Task<string> DatasetAsync() => Once("dataset", async () =>
    {
        await IndicatorAsync();
        var list = await (await Secretariat.GetAsync("/api/datasets")).ShouldBeJsonAsync();
        return Id(list.GetProperty("items").EnumerateArray().First(d => d.GetProperty("source").GetString()!.StartsWith("wdi", StringComparison.Ordinal)));
    });

    /// <summary>A token of an account that is none of the callers.</summary>
    public Task<string> AnothersTokenAsync(MarrakeshApp app) => Once("another-token", async () =>
    {
        var (client, _) = await app.ClientAsAsync("secretariat");
        return Id(await (await client.PostAsJsonAsync("/api/tokens", new { name = "not yours", days = 5 })).ShouldBeJsonAsync(HttpStatusCode.Created));
    });

    /// <summary>The current ETag of a record, read by the secretariat just before a change.</summary>
    public async Task<string> ETagAsync(string url) => (await Secretariat.GetAsync(url)).ETag();

    private static string Id(JsonElement output) => output.GetProperty("id").ToString();
}
