using System.Net;
using System.Net.Http.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Hub;

public sealed class SubmittingRequests(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Fact]
    public async Task A_focal_point_submits_for_its_State_and_the_request_starts_as_submitted()
    {
        var (client, email) = await app.ClientAsAsync("state-focal-point", "MAR");

        var request = await client.SubmitAsync(HubCalls.Request(("startDate", "2027-01-01"), ("timeline", "before the budget cycle")));

        Assert.Equal("MAR", request.GetProperty("state").GetString());
        Assert.Equal("submitted", request.GetProperty("status").GetString());
        Assert.Equal([1, 23], request.GetProperty("objectives").EnumerateArray().Select(o => o.GetInt32()));
        Assert.Equal(["fr", "ar"], request.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        var step = Assert.Single(request.GetProperty("steps").EnumerateArray());
        Assert.Equal(email, step.GetProperty("actor").GetString());
        var shown = await (await client.GetAsync($"/api/hub/requests/{request.Id()}")).ShouldBeJsonAsync();
        Assert.Equal("before the budget cycle", shown.GetProperty("timeline").GetString());
    }

    [Fact]
    public async Task The_secretariat_submits_on_a_States_behalf_and_a_focal_point_may_leave_the_State_out()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var (focalPoint, _) = await app.ClientAsAsync("state-focal-point", "SEN");

        Assert.Equal("GHA", (await secretariat.SubmitAsync(HubCalls.Request(("state", "gha")))).GetProperty("state").GetString());
        Assert.Equal("SEN", (await focalPoint.SubmitAsync(HubCalls.Request(("state", null)))).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Nobody_requests_for_another_State_and_strangers_are_turned_away()
    {
        var (focalPoint, _) = await app.ClientAsAsync("state-focal-point", "MAR");
        var (stakeholder, _) = await app.ClientAsAsync("stakeholder", organisation: "Some NGO");
        var before = await app.Database.CountAsync("hub_requests");

        await (await focalPoint.PostAsJsonAsync("/api/hub/requests", HubCalls.Request(("state", "ESP")))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await stakeholder.PostAsJsonAsync("/api/hub/requests", HubCalls.Request())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await app.CreateClient().PostAsJsonAsync("/api/hub/requests", HubCalls.Request())).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal(before, await app.Database.CountAsync("hub_requests"));
    }

    public static TheoryData<string, object?, string> BadFields => new()
    {
        { "title", null, "title" },
        { "title", "   ", "title" },
        { "need", null, "need" },
        { "state", "XYZ", "state" },
        { "state", "MARO", "state" },
        { "objectives", new[] { 24 }, "objectives" },
        { "objectives", Array.Empty<int>(), "objectives" },
        { "languages", Array.Empty<string>(), "languages" },
        { "languages", new[] { "xx" }, "languages" },
        { "languages", new string?[] { "fr", null }, "languages" },
        { "feedback", "Too early.", "feedback" },
        { "modality", "money", "modality" },
        { "endDate", "2020-01-01", "endDate" },
        { "startDate", "soon", "startDate" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Bad_input_names_the_field_and_writes_nothing(string key, object? value, string field)
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var before = await app.Database.CountAsync("hub_requests");
        var steps = await app.Database.CountAsync("hub_request_steps");

        await (await secretariat.PostAsJsonAsync("/api/hub/requests", HubCalls.Request((key, value), ("startDate", key == "startDate" ? value : "2026-01-01"))))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);

        Assert.Equal(before, await app.Database.CountAsync("hub_requests"));
        Assert.Equal(steps, await app.Database.CountAsync("hub_request_steps"));
    }

    [Fact]
    public async Task A_request_with_four_mistakes_gets_one_answer_naming_all_four()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var before = await app.Database.CountAsync("hub_requests");

        var problem = await (await secretariat.PostAsJsonAsync("/api/hub/requests", HubCalls.Request(
            ("title", " "), ("objectives", new[] { 24 }), ("languages", new[] { "fr", "xx" }), ("modality", "money"))))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors").EnumerateObject().ToDictionary(e => e.Name, e => e.Value[0].GetString()!);
        Assert.Equal(["languages", "modality", "objectives", "title"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("'xx'", errors["languages"]);
        Assert.Contains("'money'", errors["modality"]);
        Assert.Contains("objective 24", errors["objectives"]);
        Assert.Equal("This field is required.", errors["title"]);
        Assert.Contains("4 fields", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await app.Database.CountAsync("hub_requests"));
    }

    [Fact]
    public async Task Other_ISO_639_1_languages_are_accepted_besides_the_UN_six()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");

        var request = await secretariat.SubmitAsync(HubCalls.Request(("languages", new[] { "PT", "sw", "en" })));

        Assert.Equal(["pt", "sw", "en"], request.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task The_State_changes_its_open_request_with_If_Match()
    {
        var (client, _) = await app.ClientAsAsync("state-focal-point", "TUN");
        var request = await client.SubmitAsync(HubCalls.Request(("state", "TUN")));
        var url = $"/api/hub/requests/{request.Id()}";

        await (await client.PatchAsJsonAsync(url, new { title = "New title" })).ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
        var patch = new HttpRequestMessage(HttpMethod.Patch, url) { Content = JsonContent.Create(new { title = "Labour statistics" }) };
        patch.Headers.IfMatch.ParseAdd("\"1\"");
        var changed = await (await client.SendAsync(patch)).ShouldBeJsonAsync();

        Assert.Equal("Labour statistics", changed.GetProperty("title").GetString());
        Assert.Equal(2, changed.GetProperty("version").GetInt32());
        var blank = new HttpRequestMessage(HttpMethod.Patch, url) { Content = JsonContent.Create(new { title = " ", languages = Array.Empty<string>() }) };
        blank.Headers.IfMatch.ParseAdd("\"2\"");
        var refused = await (await client.SendAsync(blank)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["languages", "title"], refused.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        var (other, _) = await app.ClientAsAsync("state-focal-point", "MAR");
        var stranger = new HttpRequestMessage(HttpMethod.Patch, url) { Content = JsonContent.Create(new { title = "Mine" }) };
        stranger.Headers.IfMatch.ParseAdd("\"2\"");
        await (await other.SendAsync(stranger)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
