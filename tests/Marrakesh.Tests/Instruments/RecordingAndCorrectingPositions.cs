using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Instruments;

/// <summary>
/// The secretariat records States' acts on instruments and corrects them; a correction is a new row that supersedes
/// the old one and says why, so the earlier record stays readable. Bad records are refused whole.
/// </summary>
public sealed class RecordingAndCorrectingPositions(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private readonly HttpClient anonymous = app.CreateClient();

    [Fact]
    public async Task A_recorded_ratification_counts_from_its_date_and_shows_in_the_lists_and_the_csv()
    {
        var (secretariat, email) = await app.ClientAsAsync("secretariat");
        var before = await PartyCountAsync("2025-03-02");

        var recorded = await (await secretariat.PostAsJsonAsync("/api/instruments/icrmw/positions", new
        {
            state = "deu", kind = "Ratification", date = "2025-03-01", asOf = "2025-03-10", source = "Depositary notification C.N.1.2025",
        })).ShouldBeJsonAsync(HttpStatusCode.Created);

        Assert.Equal(("DEU", "ratification", "2025-03-01", "day", email), (Text(recorded, "iso3"), Text(recorded, "kind"),
            Text(recorded, "date"), Text(recorded, "datePrecision"), Text(recorded, "recordedBy")));
        Assert.Equal(before + 1, await PartyCountAsync("2025-03-02"));
        Assert.Equal(before, await PartyCountAsync("2025-02-28"));
        var id = recorded.GetProperty("id").GetInt64();
        Assert.Contains((await (await anonymous.GetAsync("/api/states/DEU/positions")).ShouldBeJsonAsync()).Items(), p => p.GetProperty("id").GetInt64() == id);
        var csv = await (await anonymous.GetAsync("/api/instruments/icrmw/positions.csv?asOf=2025-03-02")).Content.ReadAsStringAsync();
        Assert.StartsWith("id,instrument,iso3,state,kind,date,date_precision,as_of,source", csv);
        Assert.Contains($"{id},icrmw,DEU,Germany,ratification,2025-03-01,day,2025-03-10,Depositary notification C.N.1.2025", csv);
        var earlier = await (await anonymous.GetAsync("/api/instruments/icrmw/positions.csv?asOf=2025-02-28")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("C.N.1.2025", earlier);
    }

    [Fact]
    public async Task A_correction_supersedes_the_record_and_keeps_it_with_the_reason()
    {
        var (secretariat, email) = await app.ClientAsAsync("secretariat");
        var wrong = await (await secretariat.PostAsJsonAsync("/api/instruments/icrmw/positions", new
        {
            state = "FRA", kind = "ratification", date = "2024-06-01", source = "Press report",
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var wrongId = wrong.GetProperty("id").GetInt64();

        var corrected = await (await secretariat.PostAsJsonAsync($"/api/instruments/icrmw/positions/{wrongId}/corrections", new
        {
            reason = "The press report confused signature with ratification.", kind = "signature",
        })).ShouldBeJsonAsync(HttpStatusCode.Created);

        Assert.Equal(wrongId, corrected.GetProperty("supersedes").GetInt64());
        Assert.Equal(("signature", "2024-06-01", "Press report", email), (Text(corrected, "kind"), Text(corrected, "date"), Text(corrected, "source"), Text(corrected, "recordedBy")));
        Assert.Equal("The press report confused signature with ratification.", Text(corrected, "correctionReason"));
        var current = (await (await anonymous.GetAsync("/api/instruments/icrmw/positions")).ShouldBeJsonAsync()).Items().Where(p => Text(p, "iso3") == "FRA").ToList();
        Assert.Equal([corrected.GetProperty("id").GetInt64()], current.Select(p => p.GetProperty("id").GetInt64()));
        var history = (await (await anonymous.GetAsync("/api/instruments/icrmw/positions?history=true")).ShouldBeJsonAsync()).Items()
            .Where(p => Text(p, "iso3") == "FRA").ToList();
        var kept = history.Single(p => p.GetProperty("id").GetInt64() == wrongId);
        Assert.Equal(("ratification", corrected.GetProperty("id").GetInt64()), (Text(kept, "kind"), kept.GetProperty("supersededBy").GetInt64()));
        var chain = (await (await anonymous.GetAsync($"/api/instruments/icrmw/positions/{wrongId}/history")).ShouldBeJsonAsync()).Items().ToList();
        Assert.Equal([wrongId, corrected.GetProperty("id").GetInt64()], chain.Select(p => p.GetProperty("id").GetInt64()));
        Assert.DoesNotContain("FRA", await PartiesAsync("2025-01-01"));

        var again = await secretariat.PostAsJsonAsync($"/api/instruments/icrmw/positions/{wrongId}/corrections", new { reason = "Twice." });
        var problem = await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(corrected.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), Text(problem, "detail"));
    }

    [Fact]
    public async Task A_correction_of_a_shipped_row_keeps_the_reference_record()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var mexico = (await (await anonymous.GetAsync("/api/states/MEX/positions")).ShouldBeJsonAsync()).Items()
            .Single(p => Text(p, "instrument") == "icrmw" && Text(p, "kind") == "ratification");

        var corrected = await (await secretariat.PostAsJsonAsync($"/api/instruments/icrmw/positions/{mexico.GetProperty("id").GetInt64()}/corrections",
            new { reason = "Checked against the depositary's notification.", date = "1999-03-09", source = "UNTC notification" })).ShouldBeJsonAsync(HttpStatusCode.Created);

        Assert.Equal("1999-03-09", Text(corrected, "date"));
        var chain = (await (await anonymous.GetAsync($"/api/instruments/icrmw/positions/{corrected.GetProperty("id").GetInt64()}/history")).ShouldBeJsonAsync()).Items().ToList();
        Assert.Equal(("reference data", "1999-03-08"), (Text(chain[0], "recordedBy"), Text(chain[0], "date")));
        Assert.Contains("MEX", await PartiesAsync("2018-12-19"));
    }

    [Theory]
    [InlineData("state-focal-point")]
    [InlineData("stakeholder")]
    [InlineData("fund-manager")]
    public async Task Only_the_secretariat_records_and_corrects(string role)
    {
        var (caller, _) = await app.ClientAsAsync(role, role == "state-focal-point" ? "MAR" : null, role == "stakeholder" ? "IOM" : null);
        var body = new { state = "MAR", kind = "signature", date = "2021-01-05", source = "Not theirs to record" };

        await (await caller.PostAsJsonAsync("/api/instruments/icrmw/positions", body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await anonymous.PostAsJsonAsync("/api/instruments/icrmw/positions", body)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await caller.PostAsJsonAsync("/api/instruments/icrmw/positions/1/corrections", new { reason = "Not theirs" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.DoesNotContain((await (await anonymous.GetAsync("/api/instruments/icrmw/positions?history=true")).ShouldBeJsonAsync()).Items(),
            p => Text(p, "source") is "Not theirs to record");
    }

    public static TheoryData<string, object, HttpStatusCode, string> BadRecords => new()
    {
        { "icrmw", new { state = "XXX", kind = "ratification", date = "2020-01-01", source = "S" }, HttpStatusCode.BadRequest, "state" },
        { "icrmw", new { state = "SOM", kind = "ratified", date = "2020-01-01", source = "S" }, HttpStatusCode.BadRequest, "kind" },
        { "icrmw", new { state = "SOM", kind = "ratification", date = "01/02/2020", source = "S" }, HttpStatusCode.BadRequest, "date" },
        { "icrmw", new { state = "SOM", kind = "ratification", date = "2020-01-01" }, HttpStatusCode.BadRequest, "source" },
        // Adopted 18 Dec 1990: a ratification in 1989 cannot be; one known only as "1990" might be, and is allowed.
        { "icrmw", new { state = "SOM", kind = "ratification", date = "1989-05-01", source = "S" }, HttpStatusCode.UnprocessableEntity, "date" },
        { "icrmw", new { state = "SOM", kind = "ratification", date = "2099-01-01", source = "S" }, HttpStatusCode.UnprocessableEntity, "date" },
        { "icrmw", new { state = "SOM", kind = "ratification", date = "2020-01-01", asOf = "2019-01-01", source = "S" }, HttpStatusCode.UnprocessableEntity, "asOf" },
        // Mexico ratified in 1999 and never withdrew.
        { "icrmw", new { state = "MEX", kind = "ratification", date = "2020-01-01", source = "S" }, HttpStatusCode.UnprocessableEntity, "kind" },
        { "icrmw", new { state = "SOM", kind = "withdrawal", date = "2020-01-01", source = "S" }, HttpStatusCode.UnprocessableEntity, "kind" },
        { "no-such-treaty", new { state = "SOM", kind = "ratification", date = "2020-01-01", source = "S" }, HttpStatusCode.NotFound, "" },
    };

    [Theory]
    [MemberData(nameof(BadRecords))]
    public async Task A_bad_record_is_refused_naming_the_field_and_nothing_is_stored(string instrument, object body, HttpStatusCode status, string field)
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var before = await StoredCountAsync();

        var problem = await (await secretariat.PostAsync($"/api/instruments/{instrument}/positions", JsonContent.Create(body, body.GetType())))
            .ShouldBeProblemAsync(status, field.Length > 0 ? field : null);

        Assert.False(string.IsNullOrWhiteSpace(Text(problem, "detail") ?? Text(problem, "title")));
        Assert.Equal(before, await StoredCountAsync());
    }

    [Fact]
    public async Task A_state_may_ratify_again_after_withdrawing()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        async Task<HttpResponseMessage> Record(string kind, string date) => await secretariat.PostAsJsonAsync("/api/instruments/icrmw/positions",
            new { state = "PRY", kind, date, source = "Depositary notification" });

        await (await Record("withdrawal", "2021")).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await Record("withdrawal", "2022-02-01")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "kind");
        await (await Record("accession", "2023-05-04")).ShouldBeJsonAsync(HttpStatusCode.Created);

        Assert.Contains("PRY", await PartiesAsync("2020-12-31"));
        Assert.DoesNotContain("PRY", await PartiesAsync("2022-01-01"));
        Assert.Contains("PRY", await PartiesAsync("2023-05-04"));
    }

    private async Task<int> PartyCountAsync(string asOf) =>
        (await (await anonymous.GetAsync($"/api/instruments/icrmw?asOf={asOf}")).ShouldBeJsonAsync()).GetProperty("partyCount").GetInt32();

    private async Task<List<string?>> PartiesAsync(string asOf) =>
        [.. (await (await anonymous.GetAsync($"/api/instruments/icrmw?asOf={asOf}")).ShouldBeJsonAsync()).GetProperty("parties").EnumerateArray().Select(p => p.GetString())];

    private async Task<int> StoredCountAsync()
    {
        var all = 0;
        foreach (var key in new[] { "icrmw", "refugee-convention-1951" })
        {
            all += (await (await anonymous.GetAsync($"/api/instruments/{key}/positions?history=true")).ShouldBeJsonAsync()).GetProperty("total").GetInt32();
        }
        return all;
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
