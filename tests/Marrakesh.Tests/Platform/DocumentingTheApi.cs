using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Platform;

/// <summary>The OpenAPI document gives each use case's input a schema of its own.</summary>
public sealed class DocumentingTheApi(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Fact]
    public async Task Each_use_cases_input_has_its_own_schema()
    {
        var document = await (await app.CreateClient().GetAsync("/openapi/v1.json")).ShouldBeJsonAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");

        Assert.False(schemas.TryGetProperty("Input", out _), "a schema is called just Input: two use cases' inputs would share it");
        Assert.True(schemas.GetProperty("MakePledgeInput").GetProperty("properties").TryGetProperty("actorType", out _));
        Assert.True(schemas.GetProperty("RecordContributionInput").GetProperty("properties").TryGetProperty("rateToUsd", out _));
        Assert.False(schemas.GetProperty("RecordContributionInput").GetProperty("properties").TryGetProperty("actorType", out _));
    }
}
