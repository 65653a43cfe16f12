using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Reviews;

public sealed class FollowingTheReviewCycle(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private static object Review(string state, params int[] objectives) => new
    {
        state,
        sections = objectives.Select(o => new { objective = o, status = "in-progress", narrative = $"Progress on objective {o}." }).ToArray(),
        consulted = new[] { "National Human Rights Institution", "Diaspora council" },
    };

    private async Task<(HttpClient Client, JsonElement Review, string ETag)> DraftAsync(string state, string cycle = "imrf-2026")
    {
        var (client, _) = await app.ClientAsAsync("state-focal-point", state);
        var response = await client.PostAsJsonAsync($"/api/review-cycles/{cycle}/reviews", Review(state, 5, 6));
        var review = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/reviews/{review.GetProperty("id").GetString()}", response.Headers.Location!.OriginalString);
        return (client, review, response.ETag());
    }

    [Fact]
    public async Task Cycles_follow_the_Compacts_rhythm_up_to_four_years_ahead()
    {
        var cycles = (await (await app.CreateClient().GetAsync("/api/review-cycles")).ShouldBeJsonAsync()).Items().ToList();
        var lastYear = app.Clock.GetUtcNow().Year + 4;
        int[] Years(string kind) => [.. cycles.Where(c => c.GetProperty("kind").GetString() == kind).Select(c => c.GetProperty("year").GetInt32()).Distinct()];

        Assert.Equal(Enumerable.Range(0, 10).Select(i => 2022 + 4 * i).Where(y => y <= lastYear), Years("imrf"));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => 2020 + 4 * i).Where(y => y <= lastYear), Years("regional"));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => 2020 + 2 * i).Where(y => y <= lastYear), Years("sg-report"));
        var regional2024 = cycles.Where(c => c.GetProperty("id").GetString()!.StartsWith("regional-", StringComparison.Ordinal) && c.GetProperty("year").GetInt32() == 2024);
        Assert.Equal(["ECA", "ECE", "ECLAC", "ESCAP", "ESCWA"], regional2024.Select(c => c.GetProperty("commission").GetString()).Order());
    }

    [Fact]
    public async Task The_first_Forum_has_its_four_round_tables()
    {
        var forum = await (await app.CreateClient().GetAsync("/api/review-cycles/imrf-2022")).ShouldBeJsonAsync();

        var tables = forum.GetProperty("roundTables").EnumerateArray().Select(t => t.GetProperty("objectives").EnumerateArray().Select(o => o.GetInt32()).ToArray()).ToList();
        Assert.Equal([[2, 5, 6, 12, 18], [4, 8, 9, 10, 11, 13, 21], [14, 15, 16, 19, 20, 22], [1, 3, 7, 17, 23]], tables);
        Assert.Equal(Enumerable.Range(1, 23), tables.SelectMany(t => t).Order());
        Assert.Equal("2022-05-17", forum.GetProperty("starts").GetString());
        Assert.Equal("2022-05-20", forum.GetProperty("ends").GetString());
    }

    [Fact]
    public async Task A_focal_point_drafts_submits_and_publishes_and_the_secretariat_acknowledges()
    {
        var (client, review, etag) = await DraftAsync("PHL");
        var url = $"/api/reviews/{review.GetProperty("id").GetString()}";
        var anonymous = app.CreateClient();
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        await (await anonymous.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var changed = await client.PatchAsync(url, new { sections = new[] { new
        {
            objective = 23, status = "achieved", narrative = "Bilateral labour agreements signed.", evidence = new[] { "https://example.org/report.pdf" },
            indicators = new[] { new { name = "Agreements in force", value = 4m, unit = "agreements", year = 2025 } },
        } } }, etag);
        var submitted = await client.PostAsync($"{url}/submit", changed.ETag());
        await (await client.PostAsync($"{url}/submit", submitted.ETag())).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await client.PatchAsync(url, new { consulted = new[] { "Late addition" } }, submitted.ETag())).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var acknowledged = await secretariat.PostAsync($"{url}/acknowledge", submitted.ETag());
        var published = await client.PostAsync($"{url}/publish", acknowledged.ETag());

        var shown = await (await anonymous.GetAsync(url)).ShouldBeJsonAsync();
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("published", shown.GetProperty("status").GetString());
        Assert.Equal([23], shown.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("objective").GetInt32()));
        Assert.NotEqual(JsonValueKind.Null, shown.GetProperty("acknowledgedAt").ValueKind);
        Assert.Equal(4m, shown.GetProperty("sections")[0].GetProperty("indicators")[0].GetProperty("value").GetDecimal());
        var page = await anonymous.GetPageAsync($"/national-reviews/{review.GetProperty("id").GetString()}");
        Assert.Contains("Agreements in force", page.QuerySelector("main")!.TextContent);
        var listed = (await (await anonymous.GetAsync("/api/review-cycles/imrf-2026/reviews")).ShouldBeJsonAsync()).Items();
        Assert.Contains(listed, r => r.GetProperty("state").GetString() == "PHL");
    }

    [Fact]
    public async Task A_published_review_changes_only_as_a_new_version_with_a_reason()
    {
        var (client, review, etag) = await DraftAsync("CRI");
        var url = $"/api/reviews/{review.GetProperty("id").GetString()}";
        var submitted = await client.PostAsync($"{url}/submit", etag);
        var published = await client.PostAsync($"{url}/publish", submitted.ETag());
        var correction = new { sections = new[] { new { objective = 5, status = "achieved", narrative = "Corrected figures." } } };

        await (await client.PatchAsync(url, correction, published.ETag())).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var amended = await client.PatchAsync(url, new { correction.sections, reason = "The 2025 figures were final." }, published.ETag());

        Assert.Equal("published", (await amended.ShouldBeJsonAsync()).GetProperty("status").GetString());
        var versions = (await (await app.CreateClient().GetAsync($"{url}/versions")).ShouldBeJsonAsync()).Items().ToList();
        Assert.Equal(["published", "amended"], versions.Select(v => v.GetProperty("change").GetString()));
        Assert.Equal("The 2025 figures were final.", versions[1].GetProperty("reason").GetString());
        Assert.Equal("in-progress", versions[0].GetProperty("record").GetProperty("sections")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_State_reviews_only_in_regional_cycles_of_its_commissions()
    {
        var (brazil, _) = await app.ClientAsAsync("state-focal-point", "BRA");
        var (morocco, _) = await app.ClientAsAsync("state-focal-point", "MAR");

        await (await brazil.PostAsJsonAsync("/api/review-cycles/regional-ece-2024/reviews", Review("BRA", 1))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await morocco.PostAsJsonAsync("/api/review-cycles/regional-escwa-2024/reviews", Review("MAR", 1))).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await morocco.PostAsJsonAsync("/api/review-cycles/sg-report-2024/reviews", Review("MAR", 1))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await morocco.PostAsJsonAsync("/api/review-cycles/imrf-2099/reviews", Review("MAR", 1))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task One_review_per_State_and_cycle_and_only_for_ones_own_State()
    {
        var (client, _, _) = await DraftAsync("KEN");
        var (uganda, _) = await app.ClientAsAsync("state-focal-point", "UGA");

        await (await client.PostAsJsonAsync("/api/review-cycles/imrf-2026/reviews", Review("KEN", 1))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await uganda.PostAsJsonAsync("/api/review-cycles/imrf-2026/reviews", Review("KEN", 1))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await app.CreateClient().PostAsJsonAsync("/api/review-cycles/imrf-2026/reviews", Review("KEN", 1))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Another_States_focal_point_cannot_touch_a_review()
    {
        var (_, review, etag) = await DraftAsync("NGA");
        var url = $"/api/reviews/{review.GetProperty("id").GetString()}";
        var (ghana, _) = await app.ClientAsAsync("state-focal-point", "GHA");

        await (await ghana.PatchAsync(url, new { consulted = new[] { "x" } }, etag)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await ghana.PostAsync($"{url}/submit", etag)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await ghana.PostAsync($"{url}/publish", etag)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Publishing_needs_a_submission_and_only_the_secretariat_acknowledges()
    {
        var (client, review, etag) = await DraftAsync("SEN");
        var url = $"/api/reviews/{review.GetProperty("id").GetString()}";

        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        await (await client.PostAsync($"{url}/publish", etag)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await secretariat.PostAsync($"{url}/acknowledge", etag)).ShouldBeProblemAsync(HttpStatusCode.Conflict); // nothing received yet
        var submitted = await client.PostAsync($"{url}/submit", etag);
        Assert.Equal("submitted", (await submitted.ShouldBeJsonAsync()).GetProperty("status").GetString());
        await (await client.PostAsync($"{url}/acknowledge", submitted.ETag())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    public static TheoryData<string, string> BadSections => new()
    {
        { """{"state":"ECU","sections":[{"objective":24,"status":"planned","narrative":"x"}]}""", "sections[0].objective" },
        { """{"state":"ECU","sections":[{"objective":3,"status":"planned","narrative":"x"},{"objective":3,"status":"planned","narrative":"y"}]}""", "sections[1].objective" },
        { """{"state":"ECU","sections":[{"objective":3,"status":"great","narrative":"x"}]}""", "sections[0].status" },
        { """{"state":"ECU","sections":[{"objective":3,"status":"planned","narrative":""}]}""", "sections[0].narrative" },
        { """{"state":"ECU","sections":[{"objective":3,"status":"planned","narrative":"x","evidence":["not a link"]}]}""", "sections[0].evidence" },
        { """{"state":"XYZ","sections":[]}""", "state" },
        { """{"state":"ECU","sections":[null]}""", "sections[0]" },
        { """{"state":"ECU","sections":[],"consulted":[null, "x"]}""", "consulted" },
    };

    [Theory]
    [MemberData(nameof(BadSections))]
    public async Task Bad_sections_name_the_field_and_nothing_is_written(string body, string field)
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var before = await app.Database.CountAsync("reviews_national_reviews");

        var response = await secretariat.PostAsync("/api/review-cycles/imrf-2030/reviews", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await app.Database.CountAsync("reviews_national_reviews"));
    }

    [Fact]
    public async Task A_review_with_six_mistakes_gets_one_answer_naming_all_six()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var before = await app.Database.CountAsync("reviews_national_reviews");

        var problem = await (await secretariat.PostAsJsonAsync("/api/review-cycles/imrf-2030/reviews", new
        {
            state = "XYZ",
            sections = new[] { new { objective = 24, status = "great", narrative = "", evidence = new[] { "not a link" } } },
            consulted = new[] { new string('c', 201) },
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors").EnumerateObject().ToDictionary(e => e.Name, e => e.Value[0].GetString()!);
        Assert.Equal(["consulted", "sections[0].evidence", "sections[0].narrative", "sections[0].objective", "sections[0].status", "state"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("'XYZ'", errors["state"]);
        Assert.Contains("objective 24", errors["sections[0].objective"]);
        Assert.Contains("'great'", errors["sections[0].status"]);
        Assert.Contains("'not a link'", errors["sections[0].evidence"]);
        Assert.Contains("(201 given)", errors["consulted"]);
        Assert.Contains("6 fields", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await app.Database.CountAsync("reviews_national_reviews"));
    }

    [Fact]
    public async Task The_secretariat_sets_a_Forums_round_tables()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var (focalPoint, _) = await app.ClientAsAsync("state-focal-point", "FJI");
        var etag = (await secretariat.GetAsync("/api/review-cycles/imrf-2030")).ETag();
        var tables = new[] { new { number = 1, objectives = new[] { 1, 2, 3 } }, new { number = 2, objectives = new[] { 4, 5 } } };

        await (await Put(focalPoint, "/api/review-cycles/imrf-2030/round-tables", tables, etag)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await Put(secretariat, "/api/review-cycles/imrf-2030/round-tables", new[] { new { number = 1, objectives = new[] { 1, 1 } } }, etag))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "roundTables");
        await (await Put(secretariat, "/api/review-cycles/imrf-2030/round-tables", new[] { new { number = 1, objectives = new[] { 24 } } }, etag))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "roundTables");
        var set = await (await Put(secretariat, "/api/review-cycles/imrf-2030/round-tables", tables, etag)).ShouldBeJsonAsync();
        await (await Put(secretariat, "/api/review-cycles/imrf-2030/round-tables", tables, etag)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await Put(secretariat, "/api/review-cycles/regional-eca-2028/round-tables", tables, "\"1\"")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(2, set.GetProperty("roundTables").GetArrayLength());
    }

    [Theory]
    [InlineData("?kind=forum", "kind")]
    [InlineData("?year=twenty", "year")]
    public async Task Bad_cycle_filters_are_bad_requests(string query, string field) =>
        await (await app.CreateClient().GetAsync($"/api/review-cycles{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);

    private static Task<HttpResponseMessage> Put(HttpClient client, string url, object body, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }
}
