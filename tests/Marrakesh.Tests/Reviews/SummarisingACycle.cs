using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Reviews;

/// <summary>Every figure of a cycle's summary, checked against a record this class builds on its own database.</summary>
public sealed class SummarisingACycle(SummarisingACycle.Record record) : IClassFixture<SummarisingACycle.Record>
{
    public sealed class Record : MarrakeshApp
    {
        private static readonly string Narrative = string.Concat(Enumerable.Repeat("A pledge narrative long enough to meet the minimum length. ", 6));

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var (morocco, _) = await ClientAsAsync("state-focal-point", "MAR");
            var (tunisia, _) = await ClientAsAsync("state-focal-point", "TUN");
            var (kenya, _) = await ClientAsAsync("state-focal-point", "KEN");
            await ReviewAsync(morocco, "MAR", [5, 6], publish: true);
            await ReviewAsync(tunisia, "TUN", [5], publish: false);
            await (await kenya.PostAsJsonAsync("/api/review-cycles/imrf-2026/reviews", new { state = "KEN", sections = new[] { new { objective = 1, status = "planned", narrative = "Draft only." } } })).ShouldBeJsonAsync(HttpStatusCode.Created);

            var (ngo, _) = await ClientAsAsync("stakeholder", organisation: "Solidarity Fund");
            var (university, _) = await ClientAsAsync("stakeholder", organisation: "University of Rabat");
            var raised = await ngo.PostAsJsonAsync("/api/pledges", Pledge("civil-society", "financial", 100m, "USD"));
            var id = (await raised.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString();
            await (await ngo.PatchAsync($"/api/pledges/{id}", new { amount = 150, reason = "Raised." }, raised.ETag())).ShouldBeJsonAsync();
            await (await ngo.PostAsJsonAsync("/api/pledges", Pledge("civil-society", "financial", 200m, "EUR"))).ShouldBeJsonAsync(HttpStatusCode.Created);
            var concerningTunisia = Pledge("academia", "policy", null, null);
            concerningTunisia["states"] = new[] { "TUN" };
            await (await university.PostAsJsonAsync("/api/pledges", concerningTunisia)).ShouldBeJsonAsync(HttpStatusCode.Created);
            // A withdrawn pledge stays on the record but is no longer counted.
            var withdrawn = await university.PostAsJsonAsync("/api/pledges", Pledge("academia", "financial", 999m, "USD"));
            var withdrawnId = (await withdrawn.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString();
            var note = new HttpRequestMessage(HttpMethod.Post, $"/api/pledges/{withdrawnId}/progress")
            {
                Content = JsonContent.Create(new { date = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime), note = "Withdrawn.", status = "withdrawn" }),
            };
            note.Headers.TryAddWithoutValidation("If-Match", withdrawn.ETag());
            await (await university.SendAsync(note)).ShouldBeJsonAsync();

            var commitment = await morocco.PostAsJsonAsync("/api/states/MAR/commitments", new { objective = 5, description = "Expand regular pathways." });
            var commitmentId = (await commitment.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString();
            await morocco.PostAsync($"/api/commitments/{commitmentId}/publish", commitment.ETag());
        }

        private static Dictionary<string, object?> Pledge(string actorType, string form, decimal? amount, string? currency) => new()
        {
            ["actorType"] = actorType, ["form"] = form, ["jointType"] = "individual", ["objectives"] = new[] { 3, 5 },
            ["narrative"] = Narrative, ["amount"] = amount, ["currency"] = currency,
        };

        private static async Task ReviewAsync(HttpClient client, string state, int[] objectives, bool publish)
        {
            var created = await client.PostAsJsonAsync("/api/review-cycles/imrf-2026/reviews", new
            {
                state,
                sections = objectives.Select(o => new { objective = o, status = "in-progress", narrative = "Done some." }).ToArray(),
            });
            var url = $"/api/reviews/{(await created.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()}";
            var submitted = await client.PostAsync($"{url}/submit", created.ETag());
            if (publish)
            {
                await (await client.PostAsync($"{url}/publish", submitted.ETag())).ShouldBeJsonAsync();
            }
        }
    }

    private async Task<JsonElement> SummaryAsync(string cycle = "imrf-2026") =>
        await (await record.CreateClient().GetAsync($"/api/review-cycles/{cycle}/summary")).ShouldBeJsonAsync();

    [Fact]
    public async Task Counts_who_reported_and_leaves_drafts_out()
    {
        var summary = await SummaryAsync();

        Assert.Equal(195, summary.GetProperty("statesExpected").GetInt32());
        Assert.Equal(1, summary.GetProperty("reviewsSubmitted").GetInt32());
        Assert.Equal(1, summary.GetProperty("reviewsPublished").GetInt32());
        var reported = summary.GetProperty("reported").EnumerateArray().ToList();
        Assert.Equal(["MAR", "TUN"], reported.Select(r => r.GetProperty("state").GetString()));
        Assert.Equal([5, 6], reported[0].GetProperty("objectives").EnumerateArray().Select(o => o.GetInt32()));
        Assert.Empty(reported[1].GetProperty("objectives").EnumerateArray()); // submitted, not published: its content is not public yet
        var notYet = summary.GetProperty("notYetReported").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Equal(193, notYet.Count);
        Assert.Contains("KEN", notYet);
    }

    [Fact]
    public async Task Coverage_counts_the_reviews_that_address_each_objective()
    {
        var coverage = (await SummaryAsync()).GetProperty("coverage").EnumerateArray().ToDictionary(c => c.GetProperty("objective").GetInt32(), c => c.GetProperty("reviews").GetInt32());

        Assert.Equal(23, coverage.Count);
        Assert.Equal(1, coverage[5]); // Tunisia's review also covers it, but is not published
        Assert.Equal(1, coverage[6]);
        Assert.Equal(0, coverage[1]);
    }

    [Fact]
    public async Task An_amended_pledge_counts_once_at_its_latest_amount_and_currencies_are_never_added()
    {
        var pledges = (await SummaryAsync()).GetProperty("pledges");

        Assert.Equal(3, pledges.GetProperty("total").GetInt32());
        var financial = pledges.GetProperty("financial").EnumerateArray().ToDictionary(f => f.GetProperty("currency").GetString()!, f => f.GetProperty("amount").GetDecimal());
        Assert.Equal(new Dictionary<string, decimal> { ["EUR"] = 200m, ["USD"] = 150m }, financial);
        var byActor = pledges.GetProperty("byActorType").EnumerateArray().ToDictionary(c => c.GetProperty("key").GetString()!, c => c.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["civil-society"] = 2, ["academia"] = 1 }, byActor);
        var byObjective = pledges.GetProperty("byObjective").EnumerateArray().ToDictionary(c => c.GetProperty("key").GetString()!, c => c.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["3"] = 3, ["5"] = 3 }, byObjective);
        var cross = pledges.GetProperty("byObjectiveAndActorType").EnumerateArray()
            .ToDictionary(c => $"{c.GetProperty("objective").GetInt32()}/{c.GetProperty("actorType").GetString()}", c => c.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["3/academia"] = 1, ["3/civil-society"] = 2, ["5/academia"] = 1, ["5/civil-society"] = 2 }, cross);
    }

    [Fact]
    public async Task A_past_cycle_counts_only_the_pledges_made_by_the_end_of_its_year()
    {
        var pledges = (await SummaryAsync("imrf-2022")).GetProperty("pledges");

        Assert.Equal(0, pledges.GetProperty("total").GetInt32()); // every pledge here was made after 2022
        Assert.Empty(pledges.GetProperty("byObjective").EnumerateArray());
        Assert.Empty(pledges.GetProperty("financial").EnumerateArray());
    }

    [Fact]
    public async Task A_regional_summary_counts_only_its_members_pledges_and_plans()
    {
        var eca = await SummaryAsync("regional-eca-2028");
        var ece = await SummaryAsync("regional-ece-2028");

        Assert.Equal(1, eca.GetProperty("pledges").GetProperty("total").GetInt32()); // the pledge concerning Tunisia
        Assert.Equal("5", Assert.Single(eca.GetProperty("publishedCommitmentsByObjective").EnumerateArray()).GetProperty("key").GetString()); // Morocco's
        Assert.Equal(0, ece.GetProperty("pledges").GetProperty("total").GetInt32());
        Assert.Empty(ece.GetProperty("publishedCommitmentsByObjective").EnumerateArray());
        Assert.Empty((await SummaryAsync("regional-eca-2024")).GetProperty("publishedCommitmentsByObjective").EnumerateArray()); // published after 2024
    }

    [Fact]
    public async Task Published_commitments_are_counted_by_objective()
    {
        var commitments = (await SummaryAsync()).GetProperty("publishedCommitmentsByObjective").EnumerateArray().ToList();

        Assert.Equal("5", Assert.Single(commitments).GetProperty("key").GetString());
    }

    [Fact]
    public async Task A_regional_cycle_expects_its_commissions_members_and_the_report_expects_no_States()
    {
        Assert.Equal(54, (await SummaryAsync("regional-eca-2024")).GetProperty("statesExpected").GetInt32());
        Assert.Equal(21, (await SummaryAsync("regional-escwa-2024")).GetProperty("statesExpected").GetInt32());
        Assert.Equal(0, (await SummaryAsync("sg-report-2026")).GetProperty("statesExpected").GetInt32());
        await (await record.CreateClient().GetAsync("/api/review-cycles/imrf-2027/summary")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_CSV_holds_the_same_figures_one_per_row()
    {
        var response = await record.CreateClient().GetAsync("/api/review-cycles/imrf-2026/summary.csv");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("measure,key,label,value", lines[0]);
        Assert.Contains("reviews-published,imrf-2026,published,1", lines);
        Assert.Contains("review-status,MAR,Morocco,published", lines);
        Assert.Contains("reviews-covering-objective,5,Regular pathways,1", lines);
        Assert.Contains(lines, l => l.StartsWith("pledged-amount,USD,", StringComparison.Ordinal) && l.EndsWith(",150", StringComparison.Ordinal));
        Assert.Equal(193, lines.Count(l => l.EndsWith(",not-reported", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_printable_overview_shows_the_figures_with_links_to_their_sources()
    {
        var page = await record.CreateClient().GetPageAsync("/reviews/imrf-2026/overview");

        Assert.Equal(["195", "1", "1"], page.QuerySelectorAll(".figures dd").Select(d => d.TextContent.Trim()));
        Assert.NotNull(page.QuerySelector("a[href='/pledges?actorType=academia']"));
        Assert.NotNull(page.QuerySelector("a[href='/api/review-cycles/imrf-2026/summary.csv']"));
        Assert.Contains("150.00", page.QuerySelector("main")!.TextContent);
        var cross = page.QuerySelectorAll("#pledges-by-objective-and-actor-type tbody tr").Select(r => r.TextContent.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        Assert.Equal([["3", "1", "2"], ["5", "1", "2"]], cross); // academia, civil society
    }

    [Fact]
    public async Task The_overview_map_colours_each_State_by_how_it_stands_and_names_it()
    {
        var page = await record.CreateClient().GetPageAsync("/reviews/imrf-2026/overview");
        string? ClassOf(string name) => page.QuerySelectorAll("figure.map path")
            .FirstOrDefault(p => p.QuerySelector("title")?.TextContent.StartsWith(name + ":", StringComparison.Ordinal) == true)?.GetAttribute("class");

        Assert.True(page.QuerySelectorAll("figure.map path").Length > 150);
        Assert.Equal("map-published", ClassOf("Morocco"));
        Assert.Equal("map-submitted", ClassOf("Tunisia"));
        Assert.Equal("map-not-reported", ClassOf("Kenya"));
        var regional = await record.CreateClient().GetPageAsync("/reviews/regional-eca-2024/overview");
        Assert.Contains(regional.QuerySelectorAll("figure.map path"), p => p.QuerySelector("title")?.TextContent == "France: Does not report to this cycle");
    }

    [Fact]
    public async Task The_State_dossier_gathers_plan_pledges_and_published_reviews_by_objective()
    {
        var page = await record.CreateClient().GetPageAsync("/states/MAR/dossier");
        var objective5 = page.GetElementById("objective-5")!.ParentElement!.TextContent;

        Assert.Contains("Expand regular pathways.", objective5);
        Assert.Contains("imrf-2026", objective5);
        Assert.Null(page.GetElementById("objective-1")); // nothing on record for it
        var tunisia = await record.CreateClient().GetPageAsync("/states/TUN/dossier");
        Assert.DoesNotContain("Done some.", tunisia.QuerySelector("main")!.TextContent); // submitted, not yet published
        await record.CreateClient().GetPageAsync("/states/XYZ/dossier", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_dossier_exports_as_a_Markdown_draft_for_the_next_review()
    {
        var response = await record.CreateClient().GetAsync("/states/mar/dossier.md");
        var markdown = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/markdown", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("# Morocco: draft for the next review", markdown);
        Assert.Contains("## Objective 5: Regular pathways", markdown);
        Assert.Contains("- Commitment (planned): Expand regular pathways.", markdown);
        Assert.Contains("- Reported in imrf-2026 (in-progress): Done some.", markdown);
        Assert.Equal(23, markdown.Split('\n').Count(l => l.StartsWith("## Objective ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_objective_page_shows_what_published_reviews_report_on_it()
    {
        var page = await record.CreateClient().GetPageAsync("/objectives/5");
        var reviews = page.GetElementById("reviews")!.NextElementSibling!.TextContent;

        Assert.Contains("Morocco", reviews);
        Assert.DoesNotContain("Tunisia", reviews);
    }

    [Fact]
    public async Task A_State_profile_lists_the_reviews_it_is_due_to_report_to_and_how_they_stand()
    {
        static string Text(AngleSharp.Dom.IDocument page) =>
            System.Text.RegularExpressions.Regex.Replace(page.GetElementById("due")!.ParentElement!.TextContent, @"\s+", " ");
        var morocco = Text(await record.CreateClient().GetPageAsync("/states/MAR"));
        var kenya = Text(await record.CreateClient().GetPageAsync("/states/KEN"));
        var year = record.Clock.GetUtcNow().Year;

        Assert.Contains("International Migration Review Forum 2026: Published", morocco);
        Assert.Contains("Regional review 2028, ESCWA: Not started", morocco); // Morocco is in ECA and ESCWA
        Assert.Contains("Regional review 2028, ECA", morocco);
        Assert.DoesNotContain("ECE", morocco);
        Assert.Contains("International Migration Review Forum 2026: Not started", kenya); // its draft is not public
        Assert.DoesNotContain($"{year - 4}", morocco);
    }

    [Fact]
    public async Task The_overview_shows_the_States_by_objectives_grid_of_published_reviews()
    {
        var page = await record.CreateClient().GetPageAsync("/reviews/imrf-2026/overview");
        var rows = page.QuerySelectorAll("#states-by-objectives tbody tr").ToList();

        var morocco = Assert.Single(rows);
        Assert.Equal("Morocco", morocco.QuerySelector("th")!.TextContent);
        var marked = morocco.QuerySelectorAll("td").Select((td, i) => (Objective: i + 1, Marked: td.TextContent.StartsWith('●'))).Where(x => x.Marked).Select(x => x.Objective);
        Assert.Equal([5, 6], marked);
    }
}
