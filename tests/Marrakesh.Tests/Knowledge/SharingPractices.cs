using System.Net;
using System.Net.Http.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Knowledge;

public sealed class SharingPractices(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Fact]
    public async Task A_stakeholder_submits_a_practice_that_only_its_authors_and_the_secretariat_see_until_published()
    {
        var (author, organisation) = await app.StakeholderAsync();
        var (colleague, _) = await app.ClientAsAsync("stakeholder", organisation: organisation);
        var (stranger, _) = await app.StakeholderAsync("Someone Else");
        var (secretariat, _) = await app.ClientAsAsync("secretariat");

        var (practice, etag) = await author.SubmitAsync(PracticeDesk.Practice());

        Assert.Equal("\"1\"", etag);
        Assert.Equal("submitted", practice.GetProperty("status").GetString());
        Assert.Equal(organisation, practice.GetProperty("organisation").GetString());
        var step = Assert.Single(practice.GetProperty("steps").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, step.GetProperty("from").ValueKind);
        Assert.Equal("submitted", step.GetProperty("to").GetString());
        var url = $"/api/practices/{practice.Id()}";
        await (await app.CreateClient().GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await colleague.GetAsync(url)).ShouldBeJsonAsync();
        await (await secretariat.GetAsync(url)).ShouldBeJsonAsync();
        Assert.DoesNotContain((await (await app.CreateClient().GetAsync("/api/practices")).ShouldBeJsonAsync()).Items(), p => p.Id() == practice.Id());
        Assert.Contains((await (await author.GetAsync("/api/practices?status=submitted")).ShouldBeJsonAsync()).Items(), p => p.Id() == practice.Id());
        Assert.DoesNotContain((await (await stranger.GetAsync("/api/practices?status=submitted")).ShouldBeJsonAsync()).Items(), p => p.Id() == practice.Id());
    }

    [Fact]
    public async Task A_UN_entity_submits_a_practice_with_its_period_and_links_and_bad_ones_are_refused()
    {
        var (agency, organisation) = await app.StakeholderAsync("UN Agency");
        var fields = new (string, object?)[]
        {
            ("organisationType", "un-entity"), ("periodStart", "2021-03-01"), ("periodEnd", "2024-06-30"),
            ("links", new[] { "https://example.org/report", "https://example.org/report", "http://example.org/data" }),
        };

        var (practice, _) = await agency.SubmitAsync(PracticeDesk.Practice(fields));
        var endsFirst = await agency.PostAsJsonAsync("/api/practices", PracticeDesk.Practice(("periodStart", "2024-01-01"), ("periodEnd", "2023-12-31")));
        var script = await agency.PostAsJsonAsync("/api/practices", PracticeDesk.Practice(("links", new[] { "javascript:alert(1)" })));
        var tooMany = await agency.PostAsJsonAsync("/api/practices", PracticeDesk.Practice(("links", Enumerable.Range(1, 11).Select(i => $"https://example.org/{i}").ToArray())));

        Assert.Equal(organisation, practice.GetProperty("organisation").GetString());
        Assert.Equal("un-entity", practice.GetProperty("organisationType").GetString());
        Assert.Equal("2021-03-01", practice.GetProperty("periodStart").GetString());
        Assert.Equal("2024-06-30", practice.GetProperty("periodEnd").GetString());
        Assert.Equal(["https://example.org/report", "http://example.org/data"], practice.GetProperty("links").EnumerateArray().Select(l => l.GetString()));
        await endsFirst.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "periodEnd");
        await script.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "links");
        await tooMany.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "links");
    }

    [Fact]
    public async Task A_practice_goes_from_submission_through_requested_changes_to_publication_each_step_dated_and_attributed()
    {
        var (author, _) = await app.StakeholderAsync();
        var (secretariat, reviewer) = await app.ClientAsAsync("secretariat");
        var (practice, _) = await author.SubmitAsync(PracticeDesk.Practice());
        var id = practice.Id();
        var submittedAt = app.Clock.GetUtcNow().UtcDateTime;

        app.Clock.Advance(TimeSpan.FromDays(1));
        await secretariat.DecideAsync(id, "start-review");
        app.Clock.Advance(TimeSpan.FromDays(1));
        var returned = await secretariat.DecideAsync(id, "request-changes", "Say how many people the desks served.");
        Assert.Equal("changes-requested", returned.GetProperty("status").GetString());

        app.Clock.Advance(TimeSpan.FromDays(1));
        var read = await author.GetAsync($"/api/practices/{id}");
        var edited = await (await author.PatchAsync($"/api/practices/{id}", new { summary = "The desks served 4,200 people in 2026." }, read.ETag())).ShouldBeJsonAsync();
        Assert.Equal("submitted", edited.GetProperty("status").GetString());

        app.Clock.Advance(TimeSpan.FromDays(1));
        await secretariat.DecideAsync(id, "start-review");
        var published = await secretariat.DecideAsync(id, "publish", "Thank you.");

        Assert.Equal("published", published.GetProperty("status").GetString());
        var steps = published.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["submitted", "in-review", "changes-requested", "submitted", "in-review", "published"], steps.Select(s => s.GetProperty("to").GetString()));
        Assert.Equal([null, "submitted", "in-review", "changes-requested", "submitted", "in-review"], steps.Select(s => s.GetProperty("from").GetString()));
        Assert.Equal(reviewer, steps[2].GetProperty("actor").GetString());
        Assert.Equal("Say how many people the desks served.", steps[2].GetProperty("comment").GetString());
        var days = steps.Select(s => (s.GetProperty("at").GetDateTime() - submittedAt).TotalDays).Select(d => (int)Math.Round(d)).ToList();
        Assert.Equal([0, 1, 2, 3, 4, 4], days);
        Assert.NotEqual(reviewer, steps[3].GetProperty("actor").GetString());
        var seen = await (await app.CreateClient().GetAsync($"/api/practices/{id}")).ShouldBeJsonAsync();
        Assert.Equal("The desks served 4,200 people in 2026.", seen.GetProperty("summary").GetString());
        Assert.Empty(seen.GetProperty("steps").EnumerateArray());
        Assert.DoesNotContain("Say how many people", seen.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync($"/api/practices/{id}/versions")).StatusCode);
        Assert.Contains((await (await app.CreateClient().GetAsync("/api/practices?objective=1")).ShouldBeJsonAsync()).Items(), p => p.Id() == id);
    }

    [Fact]
    public async Task Decisions_out_of_order_are_refused_and_settled_practices_stay_as_they_are()
    {
        var (author, _) = await app.StakeholderAsync();
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var (practice, _) = await author.SubmitAsync(PracticeDesk.Practice());
        var id = practice.Id();

        await (await secretariat.PostAsJsonAsync($"/api/practices/{id}/review", new { decision = "publish" })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await secretariat.PostAsJsonAsync($"/api/practices/{id}/review", new { decision = "approve" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "decision");
        await (await author.PostAsJsonAsync($"/api/practices/{id}/review", new { decision = "start-review" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await secretariat.DecideAsync(id, "start-review");
        await (await secretariat.PostAsJsonAsync($"/api/practices/{id}/review", new { decision = "reject" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "comment");
        var read = await author.GetAsync($"/api/practices/{id}");
        await (await author.PatchAsync($"/api/practices/{id}", new { title = "New title" }, read.ETag())).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var rejected = await secretariat.DecideAsync(id, "reject", "Out of scope.");
        Assert.Equal("rejected", rejected.GetProperty("status").GetString());
        await (await secretariat.PostAsJsonAsync($"/api/practices/{id}/review", new { decision = "publish" })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await app.CreateClient().GetAsync($"/api/practices/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_edit_needs_the_current_ETag()
    {
        var (author, _) = await app.StakeholderAsync();
        var (practice, etag) = await author.SubmitAsync(PracticeDesk.Practice());
        var url = $"/api/practices/{practice.Id()}";

        await (await author.PatchAsync(url, new { title = "Desks" }, null)).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await author.PatchAsync(url, new { title = "Desks" }, etag)).ShouldBeJsonAsync();
        await (await author.PatchAsync(url, new { title = "Desks again" }, etag)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task A_practice_with_six_mistakes_gets_one_answer_naming_all_six()
    {
        var (author, _) = await app.StakeholderAsync();
        var before = await app.Database.CountAsync("knowledge_practices");

        var problem = await (await author.PostAsJsonAsync("/api/practices", PracticeDesk.Practice(
            ("title", "   "), ("body", "Hello <script>alert(1)</script>"), ("language", "de"), ("countries", new[] { "MAR", "Atlantis" }),
            ("objectives", new[] { 24 }), ("links", new[] { "https://example.org/report", "https://trusted.example@evil.example/" }))))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors").EnumerateObject().ToDictionary(e => e.Name, e => e.Value.EnumerateArray().Select(r => r.GetString()!).ToList());
        Assert.Equal(["body", "countries", "language", "links", "objectives", "title"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("This field is required.", Assert.Single(errors["title"]));
        Assert.Contains("<script>", errors["body"][0]);
        Assert.Contains("'de'", errors["language"][0]);
        Assert.Contains("'Atlantis'", errors["countries"][0]);
        Assert.Contains("objective 24", errors["objectives"][0]);
        Assert.Contains("'https://trusted.example@evil.example/'", errors["links"][0]);
        Assert.Contains("6 fields", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await app.Database.CountAsync("knowledge_practices"));
    }

    [Fact]
    public async Task An_edit_sends_only_what_changes_but_cannot_clear_a_required_field_or_change_who_carried_it_out()
    {
        var (author, _) = await app.StakeholderAsync();
        var (practice, etag) = await author.SubmitAsync(PracticeDesk.Practice());
        var url = $"/api/practices/{practice.Id()}";

        var cleared = await (await author.PatchAsync(url, new { title = "", objectives = Array.Empty<int>() }, etag)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await author.PatchAsync(url, new { organisation = "Someone Else" }, etag)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "organisation");
        await (await author.PatchAsync(url, new { periodStart = "2024-01-01", periodEnd = "2023-12-31" }, etag)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "periodEnd");
        var edited = await (await author.PatchAsync(url, new { periodEnd = "2025-12-31" }, etag)).ShouldBeJsonAsync();
        var read = await author.GetAsync(url);
        await (await author.PatchAsync(url, new { periodStart = "2026-01-01" }, read.ETag())).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "periodEnd");

        Assert.Equal(["objectives", "title"], cleared.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Legal aid desks in bus stations", edited.GetProperty("title").GetString());
        Assert.Equal("2025-12-31", edited.GetProperty("periodEnd").GetString());
    }

    public static TheoryData<string, object?, string> BadFields => new()
    {
        { "title", null, "title" },
        { "title", "   ", "title" },
        { "objectives", new[] { 24 }, "objectives" },
        { "objectives", Array.Empty<int>(), "objectives" },
        { "countries", new[] { "XYZ" }, "countries" },
        { "countries", new[] { "Morocco" }, "countries" },
        { "principles", new[] { "goodwill" }, "principles" },
        { "body", "Hello <script>alert(1)</script>", "body" },
        { "body", "Hello <SCRIPT src=//evil.example></SCRIPT>", "body" },
        { "body", "[our site](javascript:alert(1))", "body" },
        { "body", "[our site](java&#x73;cript:alert(1))", "body" },
        { "body", "<img src=x onerror=alert(1)>", "body" },
        { "body", "<a href=\"#\" onclick=\"steal()\">x</a>", "body" },
        { "body", "<iframe src=\"https://evil.example\"></iframe>", "body" },
        { "links", new[] { "javascript:alert(1)" }, "links" },
        { "links", new[] { "not a link" }, "links" },
        { "links", new[] { "ftp://example.org/report.pdf" }, "links" },
        { "links", new[] { "https://user:secret@example.org/" }, "links" },
        { "language", "de", "language" },
        { "organisationType", "club", "organisationType" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Bad_input_is_refused_naming_the_field_and_nothing_is_stored(string key, object? value, string field)
    {
        var (author, _) = await app.StakeholderAsync();
        var before = await app.Database.CountAsync("knowledge_practices");

        var response = await author.PostAsJsonAsync("/api/practices", PracticeDesk.Practice((key, value)));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await app.Database.CountAsync("knowledge_practices"));
    }

    [Fact]
    public async Task The_body_is_Markdown_rendered_to_safe_HTML_with_raw_HTML_shown_as_text()
    {
        var (author, _) = await app.StakeholderAsync();

        var (practice, _) = await author.SubmitAsync(PracticeDesk.Practice(("body", "We **trained** 40 staff. <b>Bold?</b> See [the report](https://example.org/report).")));

        var html = practice.GetProperty("bodyHtml").GetString()!;
        Assert.Contains("<strong>trained</strong>", html);
        Assert.Contains("&lt;b&gt;Bold?&lt;/b&gt;", html);
        Assert.Contains("href=\"https://example.org/report\"", html);
    }

    [Fact]
    public async Task Writes_need_a_token_and_a_role_that_submits()
    {
        var (fundManager, _) = await app.ClientAsAsync("fund-manager");

        await (await app.CreateClient().PostAsJsonAsync("/api/practices", PracticeDesk.Practice())).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await fundManager.PostAsJsonAsync("/api/practices", PracticeDesk.Practice())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("state-focal-point", "IOM")]
    [InlineData("state-focal-point", "Ministry of the Interior")]
    [InlineData("stakeholder", "IOM")]
    public async Task A_practice_is_never_submitted_in_another_organisation_s_name(string role, string named)
    {
        var (caller, _) = role == "stakeholder" ? await app.ClientAsAsync(role, organisation: "Caritas") : await app.ClientAsAsync(role, "KEN");
        var before = await app.Database.CountAsync("knowledge_practices");

        var response = await caller.PostAsJsonAsync("/api/practices", PracticeDesk.Practice(("organisation", named)));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("own organisation", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await app.Database.CountAsync("knowledge_practices"));
    }

    [Fact]
    public async Task A_focal_point_naming_its_own_State_submits_for_it()
    {
        var (focal, _) = await app.ClientAsAsync("state-focal-point", "KEN");

        var (practice, _) = await focal.SubmitAsync(PracticeDesk.Practice(("organisation", "kenya")));

        Assert.Equal("Kenya", practice.GetProperty("organisation").GetString());
    }

    [Fact]
    public async Task A_focal_point_submits_for_its_States_government_and_practices_are_browsed_by_filters()
    {
        var (focal, _) = await app.ClientAsAsync("state-focal-point", "KEN");
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var (practice, _) = await focal.SubmitAsync(PracticeDesk.Practice(("countries", new[] { "KEN", "UGA" }), ("objectives", new[] { 5, 6 }),
            ("principles", new[] { "gender-responsive" })));
        Assert.Equal("Kenya", practice.GetProperty("organisation").GetString());
        Assert.Equal("government", practice.GetProperty("organisationType").GetString());
        await secretariat.DecideAsync(practice.Id(), "start-review");
        await secretariat.DecideAsync(practice.Id(), "publish");
        var anonymous = app.CreateClient();

        foreach (var query in new[] { "objective=6", "principle=gender-responsive", "region=Africa", "region=africa", "country=UGA", "organisationType=government" })
        {
            Assert.Contains((await (await anonymous.GetAsync($"/api/practices?{query}")).ShouldBeJsonAsync()).Items(), p => p.Id() == practice.Id());
        }
        foreach (var query in new[] { "objective=7", "region=Europe", "country=MAR", "organisationType=un-entity" })
        {
            Assert.DoesNotContain((await (await anonymous.GetAsync($"/api/practices?{query}")).ShouldBeJsonAsync()).Items(), p => p.Id() == practice.Id());
        }
        await (await anonymous.GetAsync("/api/practices?region=Atlantis")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "region");
        await (await anonymous.GetAsync("/api/practices?objective=24")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "objective");
    }
}
