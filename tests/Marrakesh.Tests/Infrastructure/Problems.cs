using System.Net;
using System.Text.Json;

namespace Marrakesh.Tests.Infrastructure;

/// <summary>Assertions on RFC 9457 problem+json answers.</summary>
public static class Problems
{
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        if (field is not null)
        {
            var reasons = problem.GetProperty("errors").GetProperty(field);
            Assert.True(reasons.GetArrayLength() > 0, $"No reason given for {field}: {body}");
        }
        return problem;
    }

    public static async Task<JsonElement> ShouldBeJsonAsync(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public static IEnumerable<JsonElement> Items(this JsonElement list)
    {
        var items = list.GetProperty("items");
        Assert.Equal(items.GetArrayLength(), list.GetProperty("total").GetInt32());
        return items.EnumerateArray();
    }
}
