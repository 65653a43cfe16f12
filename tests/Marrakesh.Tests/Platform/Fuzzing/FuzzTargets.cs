using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marrakesh.Tests.Fund;
using Marrakesh.Tests.Hub;
using Marrakesh.Tests.Infrastructure;
using Marrakesh.Tests.Knowledge;
using Marrakesh.Tests.Network;

namespace Marrakesh.Tests.Platform.Fuzzing;

/// <summary>
/// Live records for the fuzzer's requests to act on, made through the API as an administrator. A record a fuzzed
/// write changed successfully is replaced by a fresh one before the next request needs it, so most requests meet a
/// record in its first state rather than one the fuzzer already published, closed or deleted.
/// </summary>
public sealed class FuzzTargets(HttpClient admin)
{
    /// <summary>Values for path parameters that name reference data rather than records the fuzzer makes.</summary>
    private static readonly Dictionary<string, string[]> Fixed = new()
    {
        ["objectives"] = ["1", "5", "23"], ["states"] = ["MAR", "DEU"], ["review-cycles"] = ["imrf-2026", "imrf-2030"],
        ["thematic-areas"] = ["1", "2"], ["indicators"] = ["SM.POP.NETM", "BX.TRF.PWKR.CD.DT"], ["attachments"] = ["1"], ["claims"] = ["SC01", "SC02c"],
        // The fuzzer's position records are on the 1990 Convention, so its key is the one instrument it names.
        ["instruments"] = ["icrmw"], ["votes"] = ["A-RES-73-195", "A/RES/73/195"],
        ["members"] = ["IOM", "ILO"], ["consultative-processes"] = ["rabat-process", "gfmd"],
    };

    private readonly Dictionary<string, string> live = [];
    private readonly FundDesk desk = new(admin);
    private Queue<(string Cycle, string State)>? reviewers;

    /// <summary>The value for a path parameter: whichever record the segment before it names.</summary>
    public async Task<string> ValueAsync(string path, string parameter, int pick)
    {
        var segments = path.Split('/');
        // A parameter may share its segment with a suffix: /votes/{resolution}.csv.
        var kind = segments[Array.FindIndex(segments, s => s.Contains($"{{{parameter}}}", StringComparison.Ordinal)) - 1];
        if (Fixed.TryGetValue(kind, out var values))
        {
            return values[pick % values.Length];
        }
        return await LiveAsync(kind);
    }

    /// <summary>Fills the placeholders a valid-ish body carries with live records.</summary>
    public async Task<string> FillAsync(string text)
    {
        foreach (var (placeholder, kind) in new[] { ("@programme", "programmes"), ("@pledge", "pledges"), ("@offer", "offers") })
        {
            if (text.Contains(placeholder, StringComparison.Ordinal))
            {
                text = text.Replace(placeholder, await LiveAsync(kind), StringComparison.Ordinal);
            }
        }
        return text;
    }

    /// <summary>After a write changed the record a path names, the next request gets a fresh one.</summary>
    public void Spent(string path)
    {
        foreach (var kind in path.Split('/'))
        {
            live.Remove(kind);
        }
    }

    /// <summary>The ETag the record at <paramref name="url"/> has now, or null when it has none (or is not there).</summary>
    public async Task<string?> ETagAsync(string url)
    {
        using var response = await admin.GetAsync(url);
        return response.StatusCode == HttpStatusCode.OK ? response.Headers.ETag?.Tag : null;
    }

    private async Task<string> LiveAsync(string kind)
    {
        if (!live.TryGetValue(kind, out var id))
        {
            id = await MakeAsync(kind);
            live[kind] = id;
        }
        return id;
    }

    private async Task<string> MakeAsync(string kind) => kind switch
    {
        "commitments" => Id(await CreatedAsync(admin.PostAsJsonAsync("/api/states/MAR/commitments", new { objective = 5, description = "A fuzz target." }))),
        "pledges" => Id(await CreatedAsync(admin.PostAsJsonAsync("/api/pledges", new
        {
            actorType = "state", pledgingState = "MAR", form = "financial", amount = 500000, currency = "USD", jointType = "individual",
            objectives = new[] { 3 }, narrative = string.Concat(Enumerable.Repeat("We will train frontline staff on migrants' rights. ", 7)),
        }))),
        "reviews" => await ReviewAsync(),
        "requests" => Id(await CreatedAsync(admin.PostAsJsonAsync("/api/hub/requests", HubCalls.Request()))),
        "offers" => Id(await CreatedAsync(admin.PostAsJsonAsync("/api/hub/offers", HubCalls.Offer()))),
        "practices" => await PracticeAsync(),
        "contributions" => Id(await CreatedAsync(desk.PostAsync("/api/fund/contributions", FundDesk.Contribution(1_000_000m)))),
        "transactions" => (await CreatedAsync(desk.PostAsync("/api/fund/contributions", FundDesk.Contribution(1_000_000m))))
            .GetProperty("transactionId").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
        "programmes" => await ProgrammeAsync(),
        "positions" => Id(await CreatedAsync(admin.PostAsJsonAsync("/api/instruments/icrmw/positions",
            new { state = "MAR", kind = "reservation", date = "2019-05-02", source = "A fuzz target." }))),
        "workstreams" => Id(await CreatedAsync(admin.PostAsJsonAsync("/api/network/workstreams", NetworkCalls.Workstream()))),
        "country-networks" => Id(await CreatedAsync(admin.PostAsJsonAsync("/api/network/country-networks", NetworkCalls.RegionalNetwork()))),
        "datasets" => Id((await CreatedAsync(admin.PostAsync("/api/datasets", Accounts.MatrixRecords.WdiUpload()))).GetProperty("dataset")),
        "tokens" => Id(await CreatedAsync(admin.PostAsJsonAsync("/api/tokens", new { name = "fuzz target", days = 5 }))),
        // The audit chain's first link, sealed by asking for the head (which seals first).
        "chain" => (await admin.GetAsync("/api/audit/head")).EnsureSuccessStatusCode() is not null ? "1" : "",
        _ => throw new InvalidOperationException($"The fuzzer does not know which record a path segment '{kind}' names; add it to {nameof(FuzzTargets)}."),
    };

    /// <summary>
    /// A State has one review per cycle, so each fresh review is another State's, or another cycle's once every State
    /// has one; a pair the fuzzer already used (a fuzzed draft that was accepted) is skipped.
    /// </summary>
    private async Task<string> ReviewAsync()
    {
        if (reviewers is null)
        {
            var states = (await (await admin.GetAsync("/api/states")).ShouldBeJsonAsync()).Items().Select(s => s.GetProperty("iso3").GetString()!).ToList();
            var cycles = (await (await admin.GetAsync("/api/review-cycles")).ShouldBeJsonAsync()).Items().Select(c => c.GetProperty("id").GetString()!);
            reviewers = new(cycles.SelectMany(cycle => states.Select(state => (cycle, state))));
        }
        while (reviewers.TryDequeue(out var reviewer))
        {
            using var response = await admin.PostAsJsonAsync($"/api/review-cycles/{reviewer.Cycle}/reviews", new
            {
                state = reviewer.State,
                sections = new[] { new { objective = 5, status = "in-progress", narrative = "Progress on objective 5." } },
            });
            if (response.StatusCode == HttpStatusCode.Created)
            {
                return Id(await response.ShouldBeJsonAsync(HttpStatusCode.Created));
            }
        }
        throw new InvalidOperationException("Every State has a review in every cycle: the fuzzer has no fresh review to act on.");
    }

    private async Task<string> PracticeAsync()
    {
        var (practice, _) = await PracticeDesk.SubmitAsync(admin, PracticeDesk.Practice(("organisation", "Fuzz Aid")));
        var pdf = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"));
        pdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        await CreatedAsync(admin.PostAsync($"/api/practices/{Id(practice)}/attachments", new MultipartFormDataContent { { pdf, "file", "fuzz.pdf" } }));
        return Id(practice);
    }

    /// <summary>An approved programme with money in it, so allocations, transfers and expenditure can succeed.</summary>
    private async Task<string> ProgrammeAsync()
    {
        await desk.DepositAsync(5_000_000m);
        var programme = await desk.ApprovedProgrammeAsync();
        await CreatedAsync(desk.AllocateAsync(programme, 500_000m));
        return programme;
    }

    private static async Task<JsonElement> CreatedAsync(Task<HttpResponseMessage> request) => await (await request).ShouldBeJsonAsync(HttpStatusCode.Created);

    private static string Id(JsonElement record) => record.GetProperty("id").ToString();
}
