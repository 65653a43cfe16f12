using System.Net;
using System.Net.Http.Json;
using Marrakesh.Tests.Datasets;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Platform;

/// <summary>
/// Public answers name who wrote by role and State or organisation; a person's email is shown only to the secretariat
/// and admins (issue 17, finding 6).
/// </summary>
public sealed class KeepingPersonalDataOutOfPublicAnswers(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private static readonly string Narrative = string.Concat(Enumerable.Repeat("We will train frontline staff on migrants' rights. ", 7));

    [Fact]
    public async Task A_pledges_history_names_its_author_by_role_and_organisation_except_to_the_secretariat()
    {
        var (stakeholder, email) = await app.ClientAsAsync("stakeholder", organisation: "Open Doors Network");
        var made = await (await stakeholder.PostAsJsonAsync("/api/pledges", new
        {
            actorType = "civil-society", form = "policy", jointType = "individual", objectives = new[] { 3 }, narrative = Narrative,
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var url = $"/api/pledges/{made.GetProperty("id").GetString()}/versions";

        var seenByPublic = await (await app.CreateClient().GetAsync(url)).Content.ReadAsStringAsync();
        var seenByOwner = await (await stakeholder.GetAsync(url)).Content.ReadAsStringAsync();
        var seenBySecretariat = (await (await (await app.ClientAsAsync("secretariat")).Client.GetAsync(url)).ShouldBeJsonAsync()).Items().Single();

        Assert.DoesNotContain("@", seenByPublic, StringComparison.Ordinal);
        Assert.DoesNotContain("@", seenByOwner, StringComparison.Ordinal);
        Assert.Contains("\"actor\":\"stakeholder, Open Doors Network\"", seenByPublic, StringComparison.Ordinal);
        Assert.Equal(email, seenBySecretariat.GetProperty("actor").GetString());
    }

    [Fact]
    public async Task A_pledges_progress_notes_name_their_author_by_role_and_organisation_except_to_the_secretariat()
    {
        var (stakeholder, email) = await app.ClientAsAsync("stakeholder", organisation: "Harbour Welcome");
        var made = await stakeholder.PostAsJsonAsync("/api/pledges", new
        {
            actorType = "civil-society", form = "policy", jointType = "individual", objectives = new[] { 3 }, narrative = Narrative,
        });
        var url = $"/api/pledges/{(await made.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()}";
        var progress = new HttpRequestMessage(HttpMethod.Post, $"{url}/progress")
        {
            Content = JsonContent.Create(new { date = "2026-01-10", note = "First training held.", status = "in-progress" }),
        };
        progress.Headers.TryAddWithoutValidation("If-Match", made.ETag());
        await (await stakeholder.SendAsync(progress)).ShouldBeJsonAsync();

        var seenByPublic = await (await app.CreateClient().GetAsync(url)).ShouldBeJsonAsync();
        var seenBySecretariat = await (await (await app.ClientAsAsync("secretariat")).Client.GetAsync(url)).ShouldBeJsonAsync();

        Assert.Equal("stakeholder, Harbour Welcome", seenByPublic.GetProperty("progress")[0].GetProperty("actor").GetString());
        Assert.DoesNotContain("@", seenByPublic.ToString(), StringComparison.Ordinal);
        Assert.Equal(email, seenBySecretariat.GetProperty("progress")[0].GetProperty("actor").GetString());
    }

    [Fact]
    public async Task A_published_commitments_history_names_its_author_by_role_and_State()
    {
        var (focalPoint, _) = await app.ClientAsAsync("state-focal-point", "PRY");
        var created = await focalPoint.PostAsJsonAsync("/api/states/PRY/commitments", new { objective = 4, description = "Birth registration for all." });
        var id = (await created.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString();
        await (await focalPoint.PostAsync($"/api/commitments/{id}/publish", created.ETag())).ShouldBeJsonAsync();

        var seenByPublic = await (await app.CreateClient().GetAsync($"/api/commitments/{id}/versions")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("@", seenByPublic, StringComparison.Ordinal);
        Assert.Contains("\"actor\":\"state-focal-point, PRY\"", seenByPublic, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_list_of_datasets_names_no_person()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent(PublishedLayouts.MigrantStock([1990, 2020], "POP/DB/MIG/Stock/Rev.2042")), "file", "stock.xlsx" },
            { new StringContent("migrant-stock"), "kind" },
        };
        await (await secretariat.PostAsync("/api/datasets", upload)).ShouldBeJsonAsync(HttpStatusCode.Created);

        var list = await (await app.CreateClient().GetAsync("/api/datasets")).Content.ReadAsStringAsync();

        Assert.Contains("\"importedBy\":\"secretariat\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("@", list, StringComparison.Ordinal);
    }
}
