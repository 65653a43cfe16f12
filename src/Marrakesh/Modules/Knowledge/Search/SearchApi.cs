using Marrakesh.Accounts;
using Marrakesh.Platform.Freshness;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Knowledge.Search;

internal static class SearchApi
{
    public static void MapSearchApi(this RouteGroupBuilder api)
    {
        var search = api.MapGroup("/search").WithTags("Search");
        search.MapGet("/", Search).WithName("Search")
            .WithSummary("Search published practices, pledges, commitments, national reviews, objectives and States: ranked, with highlighted snippets and facet counts")
            .RequireRateLimiting(OpenDataLimits.Policy).ProducesProblem(StatusCodes.Status400BadRequest)
            // Anonymous and the same for everyone: answers are cached for a minute, and dropped whenever the index changes.
            .CacheOutput(b => b.Expire(TimeSpan.FromMinutes(1)).SetVaryByQuery("*").FreshFor(CacheTopics.Search));
        search.MapPost("/reindex", Reindex).WithName("RebuildSearchIndex").WithSummary("Rebuild the search index from the public record (secretariat)")
            .RequireAuthorization(Policies.Secretariat)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
    }

    /// <param name="q">Words (all must match), "exact phrases" and prefixes such as migra*; any of the six UN languages.</param>
    /// <param name="type">practice, pledge, commitment, review, objective or state.</param>
    /// <param name="objective">Objective number.</param>
    /// <param name="region">M49 region: Africa, Americas, Asia, Europe or Oceania.</param>
    /// <param name="language">ar, zh, en, fr, ru or es.</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Results per page, 1 to 100 (default 20).</param>
    /// <param name="searching">(service)</param>
    /// <param name="ct">(cancellation)</param>
    private static async Task<Ok<SearchOutput>> Search(
        string? q, string? type, string? objective, string? region, string? language, string? page, string? pageSize, Searching searching, CancellationToken ct) =>
        TypedResults.Ok(await searching.RunAsync(q, type, objective, region, language, page, pageSize, ct));

    private static async Task<NoContent> Reindex(SearchIndexer indexer, CancellationToken ct)
    {
        await indexer.RebuildAsync(includePractices: true, ct);
        return TypedResults.NoContent();
    }
}
