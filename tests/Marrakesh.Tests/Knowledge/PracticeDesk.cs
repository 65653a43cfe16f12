using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Knowledge;

/// <summary>Intent methods for the practice tests: write a practice, submit it, take it through review.</summary>
public static class PracticeDesk
{
    public static Dictionary<string, object?> Practice(params (string Key, object? Value)[] extra)
    {
        var body = new Dictionary<string, object?>
        {
            ["title"] = "Legal aid desks in bus stations",
            ["summary"] = "Volunteer lawyers answer migrants' questions where they arrive.",
            ["body"] = "## What we did\n\nWe opened **three desks** in bus stations, staffed by volunteer lawyers.\n\n- Tangier\n- Rabat\n",
            ["countries"] = new[] { "MAR" },
            ["objectives"] = new[] { 1 },
            ["principles"] = new[] { "whole-of-society" },
        };
        foreach (var (key, value) in extra)
        {
            body[key] = value;
        }
        return body;
    }

    public static async Task<(HttpClient Client, string Organisation)> StakeholderAsync(this MarrakeshApp app, string name = "Migrant Legal Aid")
    {
        var organisation = $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)];
        var (client, _) = await app.ClientAsAsync("stakeholder", organisation: organisation);
        return (client, organisation);
    }

    public static async Task<(JsonElement Practice, string ETag)> SubmitAsync(this HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/practices", body);
        var practice = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/practices/{practice.GetProperty("id").GetString()}", response.Headers.Location!.OriginalString);
        return (practice, response.ETag());
    }

    public static async Task<JsonElement> DecideAsync(this HttpClient secretariat, string id, string decision, string? comment = null) =>
        await (await secretariat.PostAsJsonAsync($"/api/practices/{id}/review", new { decision, comment })).ShouldBeJsonAsync();

    /// <summary>Submits a practice as a fresh stakeholder and has the secretariat publish it; returns its id.</summary>
    public static async Task<string> PublishedAsync(this MarrakeshApp app, HttpClient secretariat, params (string Key, object? Value)[] fields)
    {
        var (author, _) = await app.StakeholderAsync();
        var (practice, _) = await author.SubmitAsync(Practice(fields));
        var id = practice.GetProperty("id").GetString()!;
        await secretariat.DecideAsync(id, "start-review");
        var published = await secretariat.DecideAsync(id, "publish");
        Assert.Equal("published", published.GetProperty("status").GetString());
        return id;
    }

    public static string Id(this JsonElement element) => element.GetProperty("id").GetString()!;
}
