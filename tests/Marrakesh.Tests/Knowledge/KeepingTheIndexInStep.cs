using Marrakesh.Modules.Knowledge.Search;
using Marrakesh.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Marrakesh.Tests.Knowledge;

/// <summary>
/// On every start the index is checked against the public record (SearchIndexer): only documents whose content
/// differs are rewritten, so ids do not climb with each start and nothing is re-indexed for nothing.
/// </summary>
public sealed class KeepingTheIndexInStep(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private async Task<int> RefreshAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SearchIndexer>().RefreshAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_refresh_rewrites_only_the_documents_that_changed()
    {
        (await app.CreateClient().GetAsync("/health")).EnsureSuccessStatusCode(); // started: the index is built
        var documents = await app.Database.CountAsync("knowledge_search_documents");
        Assert.True(documents > 200, "objectives and States are indexed on start");

        Assert.Equal(0, await RefreshAsync());

        await app.Database.ExecuteRawAsync("""UPDATE knowledge_search_documents SET "Title" = 'Stale title' WHERE "Type" = 'objective' AND "Key" = '7'""");
        await app.Database.ExecuteRawAsync("""
            INSERT INTO knowledge_search_documents ("Type", "Key", "Title", "Text", "TitleTerms", "TextTerms", "Language", "Url")
            VALUES ('objective', '99', 'Stray', 'No such objective', 'stray', 'no such objective', 'en', '/objectives/99')
            """);

        Assert.Equal(3, await RefreshAsync()); // the stale document out and its fresh one in; the stray one out
        Assert.Equal(documents, await app.Database.CountAsync("knowledge_search_documents"));
        Assert.Equal(0, await app.Database.CountAsync("""knowledge_search_documents WHERE "Title" = 'Stale title' OR "Key" = '99'"""));
        Assert.Equal(1, await app.Database.CountAsync("""knowledge_search_documents WHERE "Type" = 'objective' AND "Key" = '7'"""));
        Assert.Equal(0, await app.Database.CountAsync("""knowledge_search_facets WHERE "DocumentId" NOT IN (SELECT "Id" FROM knowledge_search_documents)"""));
        Assert.Equal(1, await app.Database.CountAsync("""knowledge_search_facets f JOIN knowledge_search_documents d ON d."Id" = f."DocumentId" WHERE d."Type" = 'objective' AND d."Key" = '7' AND f."Facet" = 'objective' AND f."Value" = '7'"""));
    }
}
