using System.Net;
using System.Net.Http.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Platform;

/// <summary>
/// A change must name the version it was made from. An If-Match that names none ("*", a weak or malformed tag) is
/// refused with 400 naming If-Match, never a 500, and nothing is written.
/// </summary>
public sealed class GuardingVersionsWithIfMatch(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Theory]
    [InlineData("*")]
    [InlineData("W/\"1\"")]
    [InlineData("\"\"")]
    [InlineData("\"one\"")]
    [InlineData("1")]
    [InlineData("\"99999999999999999999\"")]
    public async Task An_if_match_that_names_no_version_is_refused_and_nothing_changes(string ifMatch)
    {
        var (client, _) = await app.ClientAsAsync("state-focal-point", "URY");
        var created = await client.PostAsJsonAsync("/api/states/URY/commitments", new { objective = 2, description = "Kept as it was." });
        var id = (await created.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString();

        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/commitments/{id}") { Content = JsonContent.Create(new { description = "Changed." }) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        await (await client.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "If-Match");

        var stored = await (await client.GetAsync($"/api/commitments/{id}")).ShouldBeJsonAsync();
        Assert.Equal("Kept as it was.", stored.GetProperty("description").GetString());
        Assert.Equal(created.ETag(), (await client.GetAsync($"/api/commitments/{id}")).ETag());
    }
}
