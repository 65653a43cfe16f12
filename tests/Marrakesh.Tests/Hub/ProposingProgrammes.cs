using System.Net;
using System.Net.Http.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Hub;

public sealed class ProposingProgrammes(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private static readonly object Proposal = new { thematicArea = 2, organisations = new[] { "IOM", "ILO" }, budgetUsd = 2000000 };

    [Fact]
    public async Task A_request_becomes_a_programme_proposal_once()
    {
        var (focalPoint, _) = await app.ClientAsAsync("state-focal-point", "MAR");
        var id = (await focalPoint.SubmitAsync(HubCalls.Request())).Id();

        var response = await focalPoint.PostAsJsonAsync($"/api/hub/requests/{id}/propose-programme", Proposal);

        var proposed = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        var programme = proposed.GetProperty("programmeId").GetString();
        Assert.Equal($"/api/fund/programmes/{programme}", response.Headers.Location!.OriginalString);
        var request = await (await focalPoint.GetAsync($"/api/hub/requests/{id}")).ShouldBeJsonAsync();
        Assert.Equal(programme, request.GetProperty("programmeId").GetString());
        await (await focalPoint.PostAsJsonAsync($"/api/hub/requests/{id}/propose-programme", Proposal)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_fund_refuses_a_proposal_with_one_organisation_and_the_request_keeps_none()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var id = (await secretariat.SubmitAsync(HubCalls.Request())).Id();

        await (await secretariat.PostAsJsonAsync($"/api/hub/requests/{id}/propose-programme",
            new { thematicArea = 2, organisations = new[] { "IOM" }, budgetUsd = 2000000 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "organisations");

        var request = await (await secretariat.GetAsync($"/api/hub/requests/{id}")).ShouldBeJsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, request.GetProperty("programmeId").ValueKind);
    }

    [Fact]
    public async Task Only_the_State_and_the_secretariat_propose_and_others_learn_nothing()
    {
        var (focalPoint, _) = await app.ClientAsAsync("state-focal-point", "MAR");
        var (other, _) = await app.ClientAsAsync("state-focal-point", "ESP");
        var id = (await focalPoint.SubmitAsync(HubCalls.Request())).Id();

        await (await other.PostAsJsonAsync($"/api/hub/requests/{id}/propose-programme", Proposal)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await app.CreateClient().PostAsJsonAsync($"/api/hub/requests/{id}/propose-programme", Proposal)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}
