using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Marrakesh.Tests.Accounts;
using Xunit.Abstractions;

namespace Marrakesh.Tests.Api;

/// <summary>
/// The OpenAPI document is a contract the API keeps (issue 22): every operation is called — its success and each
/// documented error — and every answer's status, content type, required headers and body are checked against the
/// document; every Location resolves. An operation or documented status that no call reaches fails the test, unless
/// <see cref="NotReached"/> says why it cannot be reached here. 429 is checked by <see cref="HonouringTheContractOverTheLimit"/>.
/// </summary>
public sealed class HonouringTheApiContract(ContractApp app, ITestOutputHelper output) : IClassFixture<ContractApp>
{
    /// <summary>Documented statuses no generic probe reaches, with the reason; each is covered by the module's own tests.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotReached = new Dictionary<string, string>
    {
        ["ListConsultativeProcessesCsv 400"] = "declared for the route group or for a value no probe sends yet; to check whether it can happen at all",
        ["ListInstruments 400"] = "declared for the route group or for a value no probe sends yet; to check whether it can happen at all",
        ["ListInstrumentsCsv 400"] = "declared for the route group or for a value no probe sends yet; to check whether it can happen at all",
        ["GetInstrument 400"] = "declared for the route group or for a value no probe sends yet; to check whether it can happen at all",
        ["GetPositionHistory 400"] = "declared for the route group or for a value no probe sends yet; to check whether it can happen at all",
        ["ListStatePositions 400"] = "declared for the route group or for a value no probe sends yet; to check whether it can happen at all",
        ["ListStatePositionsCsv 400"] = "declared for the route group or for a value no probe sends yet; to check whether it can happen at all",
        ["GetVote 400"] = "declared for the route group or for a value no probe sends yet; to check whether it can happen at all",
        ["GetVoteCsv 400"] = "declared for the route group or for a value no probe sends yet; to check whether it can happen at all",
        ["GetMarrakeshAdoption 400"] = "declared for the route group or for a value no probe sends yet; to check whether it can happen at all",
        ["GetMarrakeshAdoptionCsv 400"] = "declared for the route group or for a value no probe sends yet; to check whether it can happen at all",
        ["GetDatasetBulk 400"] = "declared for the route group or for a value no probe sends yet; to check whether it can happen at all",
        ["ListLicences 400"] = "declared for the route group or for a value no probe sends yet; to check whether it can happen at all",
        ["ListCountryNetworks 400"] = "declared for the route group or for a value no probe sends yet; to check whether it can happen at all",
        ["ListCountryNetworksCsv 400"] = "declared for the route group or for a value no probe sends yet; to check whether it can happen at all",
        ["ListConsultativeProcesses 400"] = "declared for the route group or for a value no probe sends yet; to check whether it can happen at all",
        ["RecordPosition 409"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["RecordPosition 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["CorrectPosition 409"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["CorrectPosition 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["AddNetworkMember 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["ChangeNetworkMember 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["AddNetworkWorkstream 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["ChangeNetworkWorkstream 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["AddCountryNetwork 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["ChangeCountryNetwork 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["GetObjective 404"] = "the probe's number is refused as out of range (400) before lookup; to add as a case",
        ["ImportDataset 400"] = "a multipart upload; the probes send JSON only; to add as a case",
        ["ImportDataset 413"] = "an upload over the size limit; reached by the upload tests",
        ["ImportDataset 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["ListDatasets 400"] = "declared for the route group or for a value no probe sends yet; to check whether it can happen at all",
        ["ListStates 400"] = "declared for the route group or for a value no probe sends yet; to check whether it can happen at all",
        ["GetState 400"] = "declared for the route group or for a value no probe sends yet; to check whether it can happen at all",
        ["ListStateCommitments 400"] = "declared for the route group or for a value no probe sends yet; to check whether it can happen at all",
        ["ChangeCommitment 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["RemoveCommitment 403"] = "a scope refusal the matrix's records do not meet (they show 404 to those outside the scope); to add as a case",
        ["RemoveCommitment 409"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["PublishCommitment 403"] = "a scope refusal the matrix's records do not meet (they show 404 to those outside the scope); to add as a case",
        ["PublishCommitment 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["AmendPledge 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["ReportPledgeProgress 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["DraftReview 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["SetRoundTables 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["ChangeReview 403"] = "a scope refusal the matrix's records do not meet (they show 404 to those outside the scope); to add as a case",
        ["ChangeReview 409"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["SubmitReview 403"] = "a scope refusal the matrix's records do not meet (they show 404 to those outside the scope); to add as a case",
        ["PublishReview 403"] = "a scope refusal the matrix's records do not meet (they show 404 to those outside the scope); to add as a case",
        ["RecordContribution 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["RecordAgreement 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["ProposeProgramme 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["FollowPledge 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["RecordIncome 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["DecideOnProgramme 409"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["AllocateFunds 409"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["AllocateFunds 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["TransferFunds 409"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["TransferFunds 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["ReverseTransaction 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["ReportExpenditure 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["ChangeHubRequest 403"] = "a scope refusal the matrix's records do not meet (they show 404 to those outside the scope); to add as a case",
        ["ChangeHubRequest 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["MatchHubRequest 403"] = "a scope refusal the matrix's records do not meet (they show 404 to those outside the scope); to add as a case",
        ["GetHubOffer 400"] = "declared for the route group or for a value no probe sends yet; to check whether it can happen at all",
        ["EngageHubPartners 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["ProposeProgrammeFromHubRequest 403"] = "a scope refusal the matrix's records do not meet (they show 404 to those outside the scope); to add as a case",
        ["ProposeProgrammeFromHubRequest 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["GetDataset 400"] = "declared for the route group or for a value no probe sends yet; to check whether it can happen at all",
        ["GetStateMigration 400"] = "declared for the route group or for a value no probe sends yet; to check whether it can happen at all",
        ["GetStateMigrationCsv 400"] = "declared for the route group or for a value no probe sends yet; to check whether it can happen at all",
        ["EditPractice 403"] = "a scope refusal the matrix's records do not meet (they show 404 to those outside the scope); to add as a case",
        ["EditPractice 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
        ["AttachToPractice 400"] = "a multipart upload; the probes send JSON only; to add as a case",
        ["AttachToPractice 403"] = "a scope refusal the matrix's records do not meet (they show 404 to those outside the scope); to add as a case",
        ["AttachToPractice 413"] = "an upload over the size limit; reached by the upload tests",
        ["AttachToPractice 415"] = "a multipart upload; the probes send JSON only; to add as a case",
        ["AttachToPractice 422"] = "a rule of the record's state or of the ledger; reached by the module's own tests, not by a generic probe",
    };

    [Fact]
    public async Task Every_operation_answers_as_the_document_says()
    {
        var contract = await app.ContractAsync();
        var rows = ContractApp.MatrixRows();

        // Success, 401, 403 and 404 of every operation, from every kind of caller.
        await new MatrixChecker(app.Callers, app.Calls).CheckAsync(rows);
        foreach (var operation in contract.Operations)
        {
            await ProbeAsync(operation, rows);
        }
        await NotModifiedAsync();
        var unresolved = await UnresolvedLocationsAsync();

        var exchanges = app.Exchanges.All.ToList();
        var problems = exchanges.SelectMany(contract.Check).Distinct().ToList();
        var seen = exchanges.Select(e => (Operation: contract.Find(e.Method, e.Path), e.Status)).Where(e => e.Operation is not null)
            .Select(e => $"{e.Operation!.OperationId} {e.Status}").ToHashSet(StringComparer.Ordinal);
        var missing = contract.Operations.SelectMany(o => o.Statuses.Where(s => s != "429").Select(s => $"{o.OperationId} {s}"))
            .Where(c => !seen.Contains(c) && !NotReached.ContainsKey(c)).ToList();

        output.WriteLine($"{contract.Operations.Count} operations, {exchanges.Count} exchanges checked, {seen.Count} operation × status pairs seen");
        Assert.True(problems.Count == 0, $"{problems.Count} answers break the contract:\n{string.Join('\n', problems.Take(60))}");
        Assert.True(missing.Count == 0, $"{missing.Count} documented answers no call reached:\n{string.Join('\n', missing)}");
        Assert.True(unresolved.Count == 0, $"Locations that do not resolve:\n{string.Join('\n', unresolved)}");
        Assert.DoesNotContain(NotReached.Keys, seen.Contains);
    }

    [Fact]
    public async Task Canary_an_undocumented_status_a_wrong_body_and_a_missing_header_are_reported()
    {
        var contract = await app.ContractAsync();
        var json = new Dictionary<string, string>();

        Assert.Single(contract.Check(new("GET", "/api/objectives/1", null, 418, "application/problem+json", json, "{}")));
        Assert.Single(contract.Check(new("GET", "/api/objectives/1", null, 200, "application/json", json, """{"number":"one"}""")));
        Assert.Single(contract.Check(new("GET", "/api/objectives/1", null, 200, "text/html", json, "<p>")));
        // A timestamp without its offset, as SQLite used to give back.
        var token = """{"id":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","name":"n","hint":"h…","createdAt":"2026-12-07T18:31:31.683467","expiresAt":"2026-12-07T18:31:31Z","revokedAt":null,"active":true}""";
        Assert.Single(contract.Check(new("GET", "/api/tokens/3f2504e0-4f89-11d3-9a0c-0305e82c3301", null, 200, "application/json", json, token)));
        Assert.Empty(contract.Check(new("GET", "/api/tokens/3f2504e0-4f89-11d3-9a0c-0305e82c3301", null, 200, "application/json", json, token.Replace("683467\"", "683467Z\"", StringComparison.Ordinal))));
        Assert.Single(contract.Check(new("GET", "/api/datasets", null, 429, "application/problem+json", json,
            """{"title":"Too many requests","status":429,"traceId":"x"}""")), p => p.Contains("Retry-After", StringComparison.Ordinal));
    }

    /// <summary>The generic errors of an operation, on a request that would otherwise succeed.</summary>
    private async Task ProbeAsync(ContractOperation operation, IReadOnlyList<MatrixRow> rows)
    {
        var row = rows.FirstOrDefault(r => r.Operation == operation.Key && r.Cells.GetValueOrDefault("admin") == Access.Allow)
            ?? rows.FirstOrDefault(r => r.Operation == operation.Key && r.Cells.Any(c => c.Value == Access.Allow));
        if (row is null)
        {
            return;
        }
        var caller = row.Cells.GetValueOrDefault("admin") == Access.Allow ? "admin" : row.Cells.First(c => c.Value == Access.Allow).Key;
        async Task SendAsync(Action<HttpRequestMessage> change)
        {
            using var request = await app.Calls.ForAsync(row, caller);
            change(request);
            (await app.Callers[caller].SendAsync(request)).Dispose();
        }

        if (operation.HasJsonBody)
        {
            await SendAsync(r => r.Content = new StringContent("{\"unfinished\": ", Encoding.UTF8, "application/json"));
            await SendAsync(r => r.Content = new StringContent("plain words", Encoding.UTF8, "text/plain"));
        }
        if (operation.Documents("428"))
        {
            await SendAsync(r => r.Headers.Remove("If-Match"));
        }
        if (operation.Documents("428"))
        {
            // "*" names no version the caller read, so it cannot guard a change: 400 naming If-Match.
            await SendAsync(r => { r.Headers.Remove("If-Match"); r.Headers.TryAddWithoutValidation("If-Match", "*"); });
        }
        if (operation.Documents("412"))
        {
            await SendAsync(r => { r.Headers.Remove("If-Match"); r.Headers.TryAddWithoutValidation("If-Match", "\"999999\""); });
        }
        if (operation.Parameters("query").FirstOrDefault(p => p.GetProperty("schema").TryGetProperty("type", out var type) && type.GetString() is "integer" or "boolean")
            is { ValueKind: JsonValueKind.Object } number)
        {
            await SendAsync(r => r.RequestUri = new Uri(With(r.RequestUri!.OriginalString, number.GetProperty("name").GetString()!, "not-a-number"), UriKind.Relative));
        }
        if (operation.Parameters("path").Any())
        {
            await SendAsync(r => r.RequestUri = new Uri(Nonexistent(operation), UriKind.Relative));
        }
    }

    /// <summary>The audit head again with the ETag it just gave: 304.</summary>
    private async Task NotModifiedAsync()
    {
        using var client = app.CreateClient();
        var etag = (await client.GetAsync("/api/audit/head")).Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/audit/head");
        again.Headers.IfNoneMatch.Add(etag);
        (await client.SendAsync(again)).Dispose();
    }

    private static string With(string url, string name, string value) =>
        url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + $"{name}={value}";

    /// <summary>The operation's path with values that name no record.</summary>
    private static string Nonexistent(ContractOperation operation) =>
        System.Text.RegularExpressions.Regex.Replace(operation.Path, @"\{([^/]+?)\}", m =>
        {
            var schema = operation.Parameters("path").First(p => p.GetProperty("name").GetString() == m.Groups[1].Value).GetProperty("schema");
            return schema.TryGetProperty("format", out var format) && format.GetString() == "uuid" ? Guid.NewGuid().ToString()
                : schema.TryGetProperty("type", out var type) && type.GetString() == "integer" ? "987654"
                : "ZZZ";
        });

    /// <summary>Each Location the API gave, read by the caller that made the record.</summary>
    private async Task<List<string>> UnresolvedLocationsAsync()
    {
        var unresolved = new List<string>();
        // A later import of the same file replaces the earlier one, and a later DELETE removes a record, so each
        // operation's last creation is read, unless it was deleted since.
        var exchanges = app.Exchanges.All.ToList();
        var deleted = exchanges.Where(e => e.Method == "DELETE" && e.Status < 300).Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var latest = exchanges.Where(e => e.Status == 201 && e.Headers.ContainsKey("Location") && !deleted.Contains(e.Headers["Location"]))
            .GroupBy(e => (e.Method, e.Path)).Select(g => g.Last());
        foreach (var created in latest)
        {
            using var client = app.CreateClient();
            if (created.Authorization is { } authorization)
            {
                client.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(authorization);
            }
            using var response = await client.GetAsync(created.Headers["Location"]);
            if (!response.IsSuccessStatusCode)
            {
                unresolved.Add($"{created.Method} {created.Path}: Location {created.Headers["Location"]} answers {(int)response.StatusCode}");
            }
        }
        return unresolved;
    }
}
