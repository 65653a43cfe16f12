using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Knowledge;

/// <summary>
/// The search cache loads documents above the highest id it holds. With writers side by side, a document can commit
/// after one with a higher id; it must still be found. Ids are set by hand here to make that order happen.
/// </summary>
public sealed class FindingDocumentsCommittedLate(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private Task<int> IndexAsync(long id, string word) => app.Database.ExecuteRawAsync($"""
        INSERT INTO knowledge_search_documents ("Id", "Type", "Key", "Title", "Text", "TitleTerms", "TextTerms", "Language", "Url")
        VALUES ({id}, 'practice', '{Guid.NewGuid()}', 'Late {word}', 'Committed late', 'late {word}', 'committed late', 'en', '/practices/late')
        """);

    private async Task<int> TotalAsync(string word) =>
        (await (await app.CreateClient().GetAsync($"/api/search?q={word}")).ShouldBeJsonAsync()).GetProperty("total").GetInt32();

    [Fact]
    public async Task A_document_committed_after_one_with_a_higher_id_is_found()
    {
        var (early, late) = ("zqearly" + Guid.NewGuid().ToString("N")[..6], "zqlate" + Guid.NewGuid().ToString("N")[..6]);
        await IndexAsync(50_000, early);
        Assert.Equal(1, await TotalAsync(early)); // the cache now holds everything up to id 50,000

        await IndexAsync(40_000, late);

        Assert.Equal(1, await TotalAsync(late));
    }
}
