using System.Net;
using Marrakesh.Modules.Knowledge.Search;
using Marrakesh.Platform.Data;
using Marrakesh.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Marrakesh.Tests.Knowledge;

/// <summary>
/// Beyond <see cref="SqlSearchIndex.Candidates"/> matches, search scores only candidates: the best title matches, then
/// the most recent others. The total and the facets still count every match.
/// </summary>
public sealed class RankingManyMatches(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Fact]
    public async Task Over_the_candidate_limit_title_matches_come_first_then_the_best_recent_text_match_and_every_match_is_counted()
    {
        var marker = "zr" + Guid.NewGuid().ToString("N")[..8];
        var many = SqlSearchIndex.Candidates + 100;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var entries = scope.ServiceProvider.GetRequiredService<SearchEntries>();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await entries.PutAsync(Entry($"{marker}-titled", $"Shelters {marker}", $"Beds for the night, {marker} once in the text.", 5), CancellationToken.None);
            for (var i = 0; i < many; i++)
            {
                await entries.PutAsync(Entry($"{marker}-{i:D4}", $"Practice {i}", $"Beds for the night, {marker} once in the text.", i % 2 == 0 ? 5 : 7), CancellationToken.None);
            }
            await entries.PutAsync(Entry($"{marker}-thrice", "Practice late", $"{marker} and {marker} and {marker} in the text.", 7), CancellationToken.None);
            await db.SaveChangesAsync();
        }

        var result = await (await app.CreateClient().GetAsync($"/api/search?q={marker}&pageSize=3")).ShouldBeJsonAsync();

        Assert.Equal(many + 2, result.GetProperty("total").GetInt32());
        var keys = result.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("key").GetString()).ToList();
        Assert.Equal($"{marker}-titled", keys[0]);
        Assert.Equal($"{marker}-thrice", keys[1]);
        var objectives = result.GetProperty("facets").GetProperty("objective").EnumerateArray()
            .ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.Equal((many / 2) + 1, objectives["5"]);
        Assert.Equal((many / 2) + 1, objectives["7"]);
        var filtered = await (await app.CreateClient().GetAsync($"/api/search?q={marker}&objective=7&pageSize=1")).ShouldBeJsonAsync();
        Assert.Equal((many / 2) + 1, filtered.GetProperty("total").GetInt32());
        Assert.Equal($"{marker}-thrice", filtered.GetProperty("items")[0].GetProperty("key").GetString());
    }

    [Fact]
    public async Task Pages_past_the_first_thousand_results_are_refused_naming_page()
    {
        await (await app.CreateClient().GetAsync("/api/search?q=migrants&pageSize=100&page=11")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "page");
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/api/search?q=migrants&pageSize=100&page=10")).StatusCode);
    }

    private static SearchEntry Entry(string key, string title, string text, int objective) =>
        new("practice", key, title, text, "en", $"/practices/{key}", [objective], ["Africa"]);
}
