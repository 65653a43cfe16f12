using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Knowledge;

public sealed class SearchingThePublicRecord(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private async Task<JsonElement> SearchAsync(string query) =>
        await (await app.CreateClient().GetAsync($"/api/search?{query}")).ShouldBeJsonAsync();

    private static string Q(string text) => "q=" + Uri.EscapeDataString(text);

    private static string Unique() => "zq" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Real sentences in the six UN languages, and a word of each as someone would type it.</summary>
    public static TheoryData<string, string, string, string> Languages => new()
    {
        { "ar", "مراكز مجتمعية تقدم المساعدة القانونية للعمال المهاجرين", "يقدّم المتطوعون المساعدة القانونيّة للعمّال المهاجرين في محطات الحافلات.", "المهاجرين" },
        { "ar", "مراكز مجتمعية تقدم المساعدة القانونية للعمال المهاجرين", "يقدّم المتطوعون المساعدة القانونيّة للعمّال المهاجرين في محطات الحافلات.", "القانونية" },
        { "zh", "为移民工人提供法律援助的社区中心", "志愿律师在汽车站为移民工人解答法律问题。", "法律援助" },
        { "zh", "为移民工人提供法律援助的社区中心", "志愿律师在汽车站为移民工人解答法律问题。", "移民" },
        { "zh", "为移民工人提供法律援助的社区中心", "志愿律师在汽车站为移民工人解答法律问题。", "汽车站" },
        { "ru", "Юридическая помощь трудящимся-мигрантам на автовокзалах", "Юристы-добровольцы отвечают на вопросы мигрантов там, где они прибывают.", "мигрантов" },
        { "ru", "Юридическая помощь трудящимся-мигрантам на автовокзалах", "Юристы-добровольцы отвечают на вопросы мигрантов там, где они прибывают.", "ЮРИДИЧЕСКАЯ" },
        { "fr", "Aide juridique aux travailleurs migrants à l'hôpital régional", "Des avocats bénévoles répondent aux questions des migrants dès leur arrivée.", "hopital" },
        { "fr", "Aide juridique aux travailleurs migrants à l'hôpital régional", "Des avocats bénévoles répondent aux questions des migrants dès leur arrivée.", "bénévoles" },
        { "es", "Acompañamiento jurídico para trabajadoras migrantes", "Abogadas voluntarias atienden a las trabajadoras en las estaciones de autobús.", "juridico" },
        { "es", "Acompañamiento jurídico para trabajadoras migrantes", "Abogadas voluntarias atienden a las trabajadoras en las estaciones de autobús.", "autobús" },
        { "en", "Legal aid desks for migrant workers in bus stations", "Volunteer lawyers answer the questions of migrants where they arrive.", "lawyers" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task A_published_practice_is_found_by_a_word_in_its_own_language(string language, string title, string body, string word)
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var id = await app.PublishedAsync(secretariat, ("title", title), ("summary", title), ("body", body), ("language", language));

        var results = await SearchAsync($"{Q(word)}&type=practice&language={language}");

        var hit = Assert.Single(results.GetProperty("items").EnumerateArray(), h => h.GetProperty("key").GetString() == id);
        Assert.Equal(title, hit.GetProperty("title").GetString());
        Assert.Equal($"/practices/{id}", hit.GetProperty("url").GetString());
        Assert.Contains("<mark>", hit.GetProperty("snippet").GetString());
    }

    [Fact]
    public async Task Chinese_text_is_found_by_its_words_and_not_by_characters_that_only_sit_side_by_side_across_words()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var marker = Unique();
        var id = await app.PublishedAsync(secretariat, ("title", $"社区中心 {marker}"), ("body", "为移民工人提供法律援助。"));

        Assert.Contains((await SearchAsync(Q($"{marker} 法律援助"))).Items(), h => h.GetProperty("key").GetString() == id);
        Assert.Contains((await SearchAsync(Q($"{marker} 援助"))).Items(), h => h.GetProperty("key").GetString() == id);
        Assert.Empty((await SearchAsync(Q($"{marker} 援法"))).Items());
        var snippet = (await SearchAsync(Q($"{marker} 法律"))).Items().Single().GetProperty("snippet").GetString();
        Assert.Contains("<mark>法律</mark>", snippet);
    }

    [Fact]
    public async Task An_unpublished_practice_is_not_in_search()
    {
        var marker = Unique();
        var (author, _) = await app.StakeholderAsync();
        await author.SubmitAsync(PracticeDesk.Practice(("title", $"Hidden {marker}")));

        Assert.Equal(0, (await SearchAsync(Q(marker))).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Phrases_match_words_in_order_and_prefixes_match_word_beginnings()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var marker = Unique();
        var together = await app.PublishedAsync(secretariat, ("title", $"Seasonal workers {marker}"), ("body", "Support for migrant workers in agriculture."));
        var apart = await app.PublishedAsync(secretariat, ("title", $"Harvest {marker}"), ("body", "Workers who are migrant in all but name."));

        var phrase = (await SearchAsync(Q($"{marker} \"migrant workers\""))).Items().Select(h => h.GetProperty("key").GetString()).ToList();
        var words = (await SearchAsync(Q($"{marker} migrant workers"))).Items().Select(h => h.GetProperty("key").GetString()).ToList();
        var prefix = (await SearchAsync(Q($"{marker} agricul*"))).Items().Select(h => h.GetProperty("key").GetString()).ToList();

        Assert.Equal([together], phrase);
        Assert.Equal(new[] { apart, together }.Order(), words.Order());
        Assert.Equal([together], prefix);
        Assert.Contains("<mark>agriculture</mark>", (await SearchAsync(Q($"{marker} agricul*"))).Items().Single().GetProperty("snippet").GetString());
    }

    [Fact]
    public async Task A_long_phrase_needs_all_its_words_in_a_row_not_only_each_pair_somewhere()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var marker = Unique();
        var inARow = await app.PublishedAsync(secretariat, ("title", $"Bus station {marker}"), ("body", "A legal aid desk opens on Mondays."));
        var pairsApart = await app.PublishedAsync(secretariat, ("title", $"Port office {marker}"), ("body", "Free legal aid is given; the aid desk is upstairs."));

        var phrase = await SearchAsync(Q($"{marker} \"legal aid desk\""));
        var pairs = await SearchAsync(Q($"{marker} \"legal aid\" \"aid desk\""));

        Assert.Equal([inARow], phrase.Items().Select(h => h.GetProperty("key").GetString()));
        Assert.Equal(1, phrase.GetProperty("total").GetInt32());
        Assert.Equal(new[] { inARow, pairsApart }.Order(), pairs.Items().Select(h => h.GetProperty("key").GetString()).Order());
    }

    [Fact]
    public async Task A_match_in_the_title_ranks_above_a_match_in_the_text()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var marker = Unique();
        var inBody = await app.PublishedAsync(secretariat, ("title", $"Community centres {marker}"), ("body", "A long account of remittances and how they are sent home by families."));
        var inTitle = await app.PublishedAsync(secretariat, ("title", $"Remittances made cheaper {marker}"), ("body", "A long account of the fees families pay."));

        var keys = (await SearchAsync(Q($"{marker} remittances"))).Items().Select(h => h.GetProperty("key").GetString()).ToList();

        Assert.Equal([inTitle, inBody], keys);
    }

    [Fact]
    public async Task Facets_count_every_match_and_filters_narrow_them()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var marker = Unique();
        await app.PublishedAsync(secretariat, ("title", $"One {marker}"), ("objectives", new[] { 5 }), ("countries", new[] { "KEN" }));
        await app.PublishedAsync(secretariat, ("title", $"Two {marker}"), ("objectives", new[] { 5, 7 }), ("countries", new[] { "FRA" }));
        await app.PublishedAsync(secretariat, ("title", $"Three {marker}"), ("objectives", new[] { 7 }), ("countries", new[] { "KEN", "DEU" }), ("language", "fr"));

        var all = await SearchAsync($"{Q(marker)}&pageSize=1");

        Assert.Equal(3, all.GetProperty("total").GetInt32());
        Assert.Single(all.GetProperty("items").EnumerateArray());
        var facets = all.GetProperty("facets");
        Assert.Equal(Counts(("practice", 3)), Counts(facets.GetProperty("type")));
        Assert.Equal(Counts(("5", 2), ("7", 2)), Counts(facets.GetProperty("objective")));
        Assert.Equal(Counts(("Africa", 2), ("Europe", 2)), Counts(facets.GetProperty("region")));
        Assert.Equal(Counts(("en", 2), ("fr", 1)), Counts(facets.GetProperty("language")));
        Assert.Equal(2, (await SearchAsync($"{Q(marker)}&objective=7")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await SearchAsync($"{Q(marker)}&objective=7&region=africa")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await SearchAsync($"{Q(marker)}&type=pledge")).GetProperty("total").GetInt32());
        await (await app.CreateClient().GetAsync($"/api/search?{Q(marker)}&type=poem")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "type");
        await (await app.CreateClient().GetAsync($"/api/search?{Q(marker)}&region=Atlantis")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "region");
    }

    private static List<string> Counts(params (string Value, int Count)[] counts) => [.. counts.Select(c => $"{c.Value}:{c.Count}").Order()];

    private static List<string> Counts(JsonElement facet) =>
        [.. facet.EnumerateArray().Select(f => $"{f.GetProperty("value").GetString()}:{f.GetProperty("count").GetInt32()}").Order()];

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("AND OR")]
    [InlineData("*")]
    [InlineData("NEAR(a b")]
    [InlineData("migrant -")]
    [InlineData("title:migrant")]
    [InlineData("'; DROP TABLE knowledge_search_documents; --")]
    [InlineData("a*")]
    [InlineData("\"\"")]
    [InlineData("^migrant")]
    [InlineData("(migrant OR")]
    [InlineData("!!!")]
    [InlineData("migr*nt")]
    [InlineData("\\")]
    public async Task A_malformed_query_gets_a_sane_answer_or_a_400_naming_q_never_a_500(string query)
    {
        var response = await app.CreateClient().GetAsync($"/api/search?{Q(query)}");

        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "q");
        }
        else
        {
            await response.ShouldBeJsonAsync();
        }
        Assert.True(await app.Database.CountAsync("knowledge_search_documents") > 0);
    }

    [Fact]
    public async Task An_empty_query_is_refused_naming_q()
    {
        await (await app.CreateClient().GetAsync("/api/search")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "q");
        await (await app.CreateClient().GetAsync("/api/search?q=%20%20")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "q");
    }

    [Fact]
    public async Task Objectives_and_States_are_found_from_the_start()
    {
        var states = await SearchAsync($"{Q("Morocco")}&type=state");
        var objectives = await SearchAsync($"{Q("disaggregated")}&type=objective");

        Assert.Equal("/states/MAR", states.Items().First().GetProperty("url").GetString());
        Assert.Contains(objectives.Items(), h => h.GetProperty("url").GetString() == "/objectives/1");
    }

    [Fact]
    public async Task A_pledge_is_found_as_soon_as_it_is_made_and_an_amendment_replaces_its_words()
    {
        var marker = Unique();
        var later = Unique();
        var (stakeholder, _) = await app.StakeholderAsync("Pledging Union");
        var narrative = string.Concat(Enumerable.Repeat("to train frontline staff on the rights of migrants. ", 7));
        var made = await stakeholder.PostAsJsonAsync("/api/pledges", new
        {
            actorType = "civil-society", form = "policy", jointType = "individual", objectives = new[] { 3 }, narrative = $"We pledge {marker} {narrative}",
        });
        var pledge = await made.ShouldBeJsonAsync(HttpStatusCode.Created);

        var hit = (await SearchAsync(Q(marker))).Items().Single();
        await (await stakeholder.PatchAsync($"/api/pledges/{pledge.Id()}", new { narrative = $"We pledge {later} {narrative}", reason = "Sharper wording" }, made.ETag()))
            .ShouldBeJsonAsync();

        Assert.Equal("pledge", hit.GetProperty("type").GetString());
        Assert.Equal($"/pledges/{pledge.Id()}", hit.GetProperty("url").GetString());
        Assert.Equal(0, (await SearchAsync(Q(marker))).GetProperty("total").GetInt32());
        Assert.Single((await SearchAsync(Q(later))).Items());
    }

    [Fact]
    public async Task A_plan_entry_and_a_national_review_are_found_once_published_and_not_before()
    {
        var planMarker = Unique();
        var reviewMarker = Unique();
        var (ghana, _) = await app.ClientAsAsync("state-focal-point", "GHA");
        var drafted = await ghana.PostAsJsonAsync("/api/states/GHA/commitments", new { objective = 5, description = $"Open seasonal work visas {planMarker} with portable rights." });
        var commitment = await drafted.ShouldBeJsonAsync(HttpStatusCode.Created);
        var created = await ghana.PostAsJsonAsync("/api/review-cycles/imrf-2026/reviews", new
        {
            state = "GHA", sections = new[] { new { objective = 5, status = "in-progress", narrative = $"Seasonal work visas {reviewMarker} were opened to three sectors." } },
        });
        var reviewId = (await created.ShouldBeJsonAsync(HttpStatusCode.Created)).Id();
        var submitted = await ghana.PostAsync($"/api/reviews/{reviewId}/submit", created.ETag());
        await submitted.ShouldBeJsonAsync();

        var draftFound = (await SearchAsync(Q(planMarker))).GetProperty("total").GetInt32();
        var submittedFound = (await SearchAsync(Q(reviewMarker))).GetProperty("total").GetInt32();
        await (await ghana.PostAsync($"/api/commitments/{commitment.Id()}/publish", drafted.ETag())).ShouldBeJsonAsync();
        await (await ghana.PostAsync($"/api/reviews/{reviewId}/publish", submitted.ETag())).ShouldBeJsonAsync();

        Assert.Equal(0, draftFound);
        Assert.Equal(0, submittedFound);
        var plan = (await SearchAsync($"{Q(planMarker)}&type=commitment")).Items().Single();
        var review = (await SearchAsync($"{Q(reviewMarker)}&type=review")).Items().Single();
        Assert.Equal("/states/GHA", plan.GetProperty("url").GetString());
        Assert.Equal($"/national-reviews/{reviewId}", review.GetProperty("url").GetString());
        Assert.Contains("Ghana", review.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_secretariat_alone_rebuilds_the_index_and_a_rebuild_keeps_what_is_found()
    {
        var marker = Unique();
        var (stakeholder, _) = await app.StakeholderAsync("Rebuilding Union");
        await (await stakeholder.PostAsJsonAsync("/api/pledges", new
        {
            actorType = "civil-society", form = "policy", jointType = "individual", objectives = new[] { 3 },
            narrative = $"We pledge {marker} " + string.Concat(Enumerable.Repeat("to train frontline staff on the rights of migrants. ", 7)),
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var (someone, _) = await app.StakeholderAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await someone.PostAsync("/api/search/reindex", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await secretariat.PostAsync("/api/search/reindex", null)).StatusCode);

        Assert.Single((await SearchAsync(Q(marker))).Items());
    }

    [Fact]
    public async Task Snippets_are_encoded_so_that_only_our_marks_are_markup()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var marker = Unique();
        await app.PublishedAsync(secretariat, ("title", $"Desks {marker}"), ("summary", $"Fish & chips <b>{marker}</b> for volunteers."));

        var snippet = (await SearchAsync(Q(marker))).Items().Single().GetProperty("snippet").GetString()!;

        Assert.Contains($"Fish &amp; chips &lt;b&gt;<mark>{marker}</mark>&lt;/b&gt;", snippet);
    }
}
