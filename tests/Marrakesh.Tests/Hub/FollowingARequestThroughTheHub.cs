using System.Net;
using System.Net.Http.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Hub;

public sealed class FollowingARequestThroughTheHub(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Fact]
    public async Task Every_step_is_dated_and_attributed_and_the_days_in_each_step_add_up()
    {
        // The tokens live 30 days, so the whole path stays shorter.
        var (secretariat, email) = await app.ClientAsAsync("secretariat");
        var request = await secretariat.SubmitAsync(HubCalls.Request(("state", "KEN")));
        var id = request.Id();

        app.Clock.Advance(TimeSpan.FromDays(1));
        await secretariat.MoveAsync(id, "assessed", note: "Need confirmed with the ministry.");
        app.Clock.Advance(TimeSpan.FromDays(5));
        await secretariat.MoveAsync(id, "partners-identified");
        app.Clock.Advance(TimeSpan.FromDays(2));
        await secretariat.MoveAsync(id, "in-implementation");
        app.Clock.Advance(TimeSpan.FromDays(12.5));
        var closed = await secretariat.MoveAsync(id, "closed", outcome: "A statistics unit now publishes quarterly figures.");

        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal(["submitted", "assessed", "partners-identified", "in-implementation", "closed"],
            closed.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("to").GetString()));
        Assert.All(closed.GetProperty("steps").EnumerateArray(), s => Assert.Equal(email, s.GetProperty("actor").GetString()));
        Assert.Equal("Need confirmed with the ministry.", closed.GetProperty("steps")[1].GetProperty("note").GetString());
        Assert.Equal([1.0, 5.0, 2.0, 12.5], closed.GetProperty("durations").EnumerateArray().Select(d => d.GetProperty("days").GetDouble()));
        var level = (await (await app.CreateClient().GetAsync("/api/hub/service-level")).ShouldBeJsonAsync()).Items().ToList();
        // Other tests here move requests on without waiting, so only the longest stay in implementation is certainly this one.
        Assert.Equal(12.5, level.Single(l => l.GetProperty("status").GetString() == "in-implementation").GetProperty("maxDays").GetDouble());
        Assert.Equal(["submitted", "assessed", "partners-identified", "in-implementation"], level.Select(l => l.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task The_current_step_counts_its_days_up_to_now()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var id = (await secretariat.SubmitAsync(HubCalls.Request(("state", "KEN")))).Id();
        app.Clock.Advance(TimeSpan.FromDays(4));

        var shown = await (await secretariat.GetAsync($"/api/hub/requests/{id}")).ShouldBeJsonAsync();

        Assert.Equal(4.0, shown.GetProperty("daysInStatus").GetDouble());
        var current = Assert.Single(shown.GetProperty("durations").EnumerateArray());
        Assert.True(current.GetProperty("current").GetBoolean());
    }

    [Fact]
    public async Task Steps_cannot_be_skipped_and_a_finished_request_does_not_move()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var id = (await secretariat.SubmitAsync(HubCalls.Request())).Id();

        await (await secretariat.TransitionAsync(id, new { to = "in-implementation" })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "to");
        await (await secretariat.TransitionAsync(id, new { to = "submitted" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "to");
        await (await secretariat.TransitionAsync(id, new { to = "finished" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "to");
        await secretariat.MoveThroughAsync(id, "closed");
        await (await secretariat.TransitionAsync(id, new { to = "declined", reason = "Too late." })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "to");

        Assert.Equal(5, await app.Database.CountAsync($"hub_request_steps WHERE \"RequestId\" = '{(app.Database.IsPostgres ? id : id.ToUpperInvariant())}'"));
    }

    [Fact]
    public async Task Declining_needs_a_reason_and_closing_needs_the_outcome()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var declined = (await secretariat.SubmitAsync(HubCalls.Request())).Id();
        var closed = (await secretariat.SubmitAsync(HubCalls.Request())).Id();
        await secretariat.MoveThroughAsync(closed, "in-implementation");

        await (await secretariat.TransitionAsync(declined, new { to = "declined" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "reason");
        await (await secretariat.TransitionAsync(closed, new { to = "closed", note = "Done." })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "outcome");

        var after = await secretariat.MoveAsync(declined, "declined", reason: "Covered by an existing programme.");
        Assert.Equal("Covered by an existing programme.", after.GetProperty("declineReason").GetString());
        var stillOpen = await (await secretariat.GetAsync($"/api/hub/requests/{closed}")).ShouldBeJsonAsync();
        Assert.Equal("in-implementation", stillOpen.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Only_the_secretariat_moves_a_request_on()
    {
        var (focalPoint, _) = await app.ClientAsAsync("state-focal-point", "MAR");
        var (other, _) = await app.ClientAsAsync("state-focal-point", "ESP");
        var id = (await focalPoint.SubmitAsync(HubCalls.Request())).Id();

        await (await focalPoint.TransitionAsync(id, new { to = "assessed" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await other.TransitionAsync(id, new { to = "assessed" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await app.CreateClient().TransitionAsync(id, new { to = "assessed" })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Open_requests_are_private_to_the_State_and_the_secretariat_but_outcomes_are_public()
    {
        var (focalPoint, _) = await app.ClientAsAsync("state-focal-point", "EGY");
        var (other, _) = await app.ClientAsAsync("state-focal-point", "ESP");
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var open = (await focalPoint.SubmitAsync(HubCalls.Request(("state", "EGY"), ("contact", "desk@example.gov")))).Id();
        var done = (await focalPoint.SubmitAsync(HubCalls.Request(("state", "EGY"), ("contact", "desk@example.gov"), ("title", "Return and reintegration")))).Id();
        await secretariat.MoveThroughAsync(done, "closed", outcome: "Reintegration counsellors trained in three governorates.");
        var anonymous = app.CreateClient();

        await (await anonymous.GetAsync($"/api/hub/requests/{open}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await other.GetAsync($"/api/hub/requests/{open}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("desk@example.gov", (await (await focalPoint.GetAsync($"/api/hub/requests/{open}")).ShouldBeJsonAsync()).GetProperty("contact").GetString());
        var publicView = await (await anonymous.GetAsync($"/api/hub/requests/{done}")).ShouldBeJsonAsync();
        Assert.Equal("Reintegration counsellors trained in three governorates.", publicView.GetProperty("outcome").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, publicView.GetProperty("contact").ValueKind);
        Assert.All(publicView.GetProperty("steps").EnumerateArray(), s => Assert.Equal(System.Text.Json.JsonValueKind.Null, s.GetProperty("actor").ValueKind));

        var anonymousList = (await (await anonymous.GetAsync("/api/hub/requests?state=EGY")).ShouldBeJsonAsync()).Items().Select(r => r.Id()).ToList();
        Assert.Equal([done], anonymousList);
        var otherList = (await (await other.GetAsync("/api/hub/requests?state=EGY")).ShouldBeJsonAsync()).Items().Select(r => r.Id()).ToList();
        Assert.Equal([done], otherList);
        var ownList = (await (await focalPoint.GetAsync("/api/hub/requests?state=EGY&objective=23")).ShouldBeJsonAsync()).Items().Select(r => r.Id()).ToList();
        Assert.Equal(new[] { done, open }.Order(), ownList.Order());
        var closedOnly = (await (await secretariat.GetAsync("/api/hub/requests?state=EGY&status=closed")).ShouldBeJsonAsync()).Items().Select(r => r.Id()).ToList();
        Assert.Equal([done], closedOnly);
        await (await anonymous.GetAsync("/api/hub/requests?status=finished")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "status");
    }

    [Fact]
    public async Task The_State_adds_its_feedback_once_the_request_is_closed()
    {
        var (focalPoint, _) = await app.ClientAsAsync("state-focal-point", "JOR");
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var id = (await focalPoint.SubmitAsync(HubCalls.Request(("state", "JOR")))).Id();

        var early = await Patch(focalPoint, id, 1, new { feedback = "Too early." });
        await early.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "feedback");
        var closed = await secretariat.MoveThroughAsync(id, "closed");
        var version = closed.GetProperty("version").GetInt32();

        var withFeedback = await (await Patch(focalPoint, id, version, new { feedback = "Very useful; we would ask again." })).ShouldBeJsonAsync();

        Assert.Equal("Very useful; we would ask again.", withFeedback.GetProperty("feedback").GetString());
        await (await Patch(focalPoint, id, version + 1, new { title = "Changed after closing" })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var publicView = await (await app.CreateClient().GetAsync($"/api/hub/requests/{id}")).ShouldBeJsonAsync();
        Assert.Equal("Very useful; we would ask again.", publicView.GetProperty("feedback").GetString());
    }

    private static Task<HttpResponseMessage> Patch(HttpClient client, string id, int version, object body)
    {
        var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/hub/requests/{id}") { Content = JsonContent.Create(body) };
        patch.Headers.IfMatch.ParseAdd($"\"{version}\"");
        return client.SendAsync(patch);
    }
}
