using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Hub;

/// <summary>Intent methods for the hub's API.</summary>
internal static class HubCalls
{
    public static Dictionary<string, object?> Request(params (string Key, object? Value)[] extra)
    {
        var body = new Dictionary<string, object?>
        {
            ["state"] = "MAR",
            ["objectives"] = new[] { 1, 23 },
            ["title"] = "Data on labour migration",
            ["need"] = "We need help to build a labour migration statistics system.",
            ["languages"] = new[] { "fr", "ar" },
            ["modality"] = "advice",
        };
        foreach (var (key, value) in extra)
        {
            body[key] = value;
        }
        return body;
    }

    public static Dictionary<string, object?> Offer(params (string Key, object? Value)[] extra)
    {
        var body = new Dictionary<string, object?>
        {
            ["provider"] = "ILO",
            ["providerType"] = "un-network-member",
            ["objectives"] = new[] { 6 },
            ["topics"] = new[] { "recruitment" },
            ["languages"] = new[] { "fr" },
            ["regions"] = new[] { "Africa" },
            ["modality"] = "advice",
            ["capacity"] = 3,
        };
        foreach (var (key, value) in extra)
        {
            body[key] = value;
        }
        return body;
    }

    public static async Task<JsonElement> SubmitAsync(this HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/hub/requests", body);
        var request = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/hub/requests/{request.GetProperty("id").GetString()}", response.Headers.Location!.OriginalString);
        return request;
    }

    public static async Task<JsonElement> RegisterAsync(this HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/hub/offers", body);
        var offer = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/hub/offers/{offer.GetProperty("id").GetString()}", response.Headers.Location!.OriginalString);
        return offer;
    }

    public static Task<HttpResponseMessage> TransitionAsync(this HttpClient client, string id, object body) =>
        client.PostAsJsonAsync($"/api/hub/requests/{id}/transition", body);

    public static async Task<JsonElement> MoveAsync(this HttpClient client, string id, string to, string? note = null, string? outcome = null, string? reason = null) =>
        await (await client.TransitionAsync(id, new { to, note, outcome, reason })).ShouldBeJsonAsync();

    /// <summary>Moves a request along the steps up to and including <paramref name="last"/>.</summary>
    public static async Task<JsonElement> MoveThroughAsync(this HttpClient secretariat, string id, string last, string outcome = "Statistics unit set up.")
    {
        JsonElement result = default;
        foreach (var step in new[] { "assessed", "partners-identified", "in-implementation", "closed" })
        {
            result = await secretariat.MoveAsync(id, step, outcome: step == "closed" ? outcome : null);
            if (step == last)
            {
                break;
            }
        }
        return result;
    }

    public static string Id(this JsonElement element) => element.GetProperty("id").GetString()!;
}
