using System.Net;
using System.Net.Http.Json;
using System.Text;
using Marrakesh.Tests.Datasets;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Analysis;

/// <summary>The secretariat adds claims in the claim language; bad claims are refused where they go wrong, and nothing is stored.</summary>
public sealed class AddingClaims(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private static readonly object ValidClaim = new
    {
        id = "au-voted-yes", text = "Every African Union member voted for the Compact.",
        checks = new[] { new { select = new { grouping = "au" }, quantifier = "all", test = new { vote = "yes" } } },
    };

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private async Task<long> ClaimsAsync() => await app.Database.CountAsync("analysis_claims");

    [Fact]
    public async Task The_secretariat_adds_a_claim_and_gets_its_verdict_with_the_States_that_break_it()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");

        var response = await secretariat.PostAsJsonAsync("/api/analysis/claims", ValidClaim);

        var claim = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        Assert.Equal("/api/analysis/claims/au-voted-yes", response.Headers.Location?.OriginalString);
        Assert.Equal("fails", claim.GetProperty("verdict").GetString());
        Assert.Contains("DZA", claim.GetProperty("breaks").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("MAR", claim.GetProperty("holds").EnumerateArray().Select(e => e.GetString()));
        var read = await (await app.CreateClient().GetAsync("/api/analysis/claims/au-voted-yes")).ShouldBeJsonAsync();
        Assert.Equal("secretariat", read.GetProperty("origin").GetString());
        await (await secretariat.PostAsJsonAsync("/api/analysis/claims", ValidClaim)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var audit = await (await secretariat.GetAsync("/api/audit?limit=50")).ShouldBeJsonAsync();
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetRawText().Contains("au-voted-yes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_the_secretariat_adds_claims()
    {
        var before = await ClaimsAsync();
        var (focalPoint, _) = await app.ClientAsAsync("state-focal-point", "MAR");

        Assert.Equal(HttpStatusCode.Forbidden, (await focalPoint.PostAsJsonAsync("/api/analysis/claims", ValidClaim)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync("/api/analysis/claims", ValidClaim)).StatusCode);
        Assert.Equal(before, await ClaimsAsync());
    }

    [Theory]
    [InlineData("""{"id":"x1","text":"T","checks":[{"quantifier":"all","test":{"vote":"yes"}""", "checks[0]")]
    [InlineData("""{"id":"x2","text":"T","checks":[{"quantifier":"all","test":{"vote":"yes","colour":"red"}}]}""", "checks[0].test.colour")]
    [InlineData("""{"id":"x3","text":"T","checks":[{"quantifier":"count","compare":{"op":"~","value":3}}]}""", "checks[0].compare.op")]
    [InlineData("""{"id":"x4","text":"T","checks":[{"quantifier":"count","compare":{"op":"=","value":"seven"}}]}""", "checks[0].compare.value")]
    [InlineData("""{"id":"x5","text":"T","checks":[{"quantifier":"all","test":{"figure":{"name":"immigrant-share","op":">","value":"high"}}}]}""", "checks[0].test.figure.value")]
    [InlineData("""{"id":"x6","text":"T","checks":[{"quantifier":"most","test":{"vote":"yes"}}]}""", "checks[0].quantifier")]
    [InlineData("""{"id":"x7","text":"T","checks":[{"quantifier":"all","test":{"vote":"yes","grouping":"eu"}}]}""", "checks[0].test")]
    [InlineData("""{"id":"x8","text":"T","checks":[{"quantifier":"all","select":{"states":["XXX"]},"test":{"vote":"yes"}}]}""", "checks[0].select.states")]
    [InlineData("""{"id":"x9","text":"T","checks":[{"quantifier":"count"}]}""", "checks[0].compare")]
    [InlineData("""{"id":"bad key!","text":"T","checks":[]}""", "id")]
    public async Task A_claim_that_does_not_parse_or_breaks_the_language_is_refused_naming_where(string body, string field)
    {
        var before = await ClaimsAsync();
        var (secretariat, _) = await app.ClientAsAsync("secretariat");

        var response = await secretariat.PostAsync("/api/analysis/claims", Json(body));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(text.Contains($"\"{field}\"", StringComparison.Ordinal), text);
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);

        Assert.Equal(before, await ClaimsAsync());
    }

    [Fact]
    public async Task A_claim_on_figures_is_unknown_until_they_are_imported_and_then_decided()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var claim = new
        {
            id = "usa-50-million", text = "The United States hosts more than 50 million migrants.",
            checks = new[] { new { select = new { states = new[] { "USA" } }, quantifier = "all", test = new { figure = new { name = "immigrants", op = ">", value = 50e6 } } } },
        };
        var before = await (await secretariat.PostAsJsonAsync("/api/analysis/claims", claim)).ShouldBeJsonAsync(HttpStatusCode.Created);
        Assert.True(before.GetProperty("verdict").GetString() == "unknown", before.GetRawText());

        (await app.ImportAsync(ProfileFiles.DestinationWorkbook(), "ims-2020.xlsx", "migrant-stock")).ShouldSucceed();

        // The CLI import ran in another scope of this process; a verdict is held per data generation, so it is decided afresh.
        var after = await (await app.CreateClient().GetAsync("/api/analysis/claims/usa-50-million")).ShouldBeJsonAsync();
        Assert.Equal("holds", after.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task An_unknown_claim_is_404()
    {
        await (await app.CreateClient().GetAsync("/api/analysis/claims/no-such-claim")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
