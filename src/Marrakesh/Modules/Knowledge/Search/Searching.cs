using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Web;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Knowledge.Search;

/// <summary>One search across published practices, pledges, commitments, national reviews, objectives and States.</summary>
public sealed class Searching(ISearchIndex index, CatalogueContract catalogue, StatesContract states)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>How deep results can be paged, as in most search engines: ranking reads as many candidates as the page reaches.</summary>
    public const int MaxDepth = 1000;

    public async Task<SearchOutput> RunAsync(string? q, string? type, string? objective, string? region, string? language, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        var query = SearchQuery.Parse(q);
        var paging = Paging.From(page, string.IsNullOrWhiteSpace(pageSize) ? DefaultPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture) : pageSize);
        if (paging.PageSize > MaxPageSize)
        {
            throw new InvalidInputException("pageSize", $"Ask for at most {MaxPageSize} results a page.");
        }
        if (paging.Skip + paging.PageSize > MaxDepth)
        {
            throw new InvalidInputException("page", $"Search shows the first {MaxDepth} results; narrow the query or add a filter to see others.");
        }
        var filter = new SearchFilter(
            string.IsNullOrWhiteSpace(type) ? null : OneOfAttribute.Require(type.Trim().ToLowerInvariant(), SearchTypes.All, "type"),
            string.IsNullOrWhiteSpace(objective) ? null : await catalogue.RequireObjectiveAsync(objective, "objective", cancellationToken),
            string.IsNullOrWhiteSpace(region) ? null : await RegionAsync(region, cancellationToken),
            string.IsNullOrWhiteSpace(language) ? null : OneOfAttribute.Require(language.Trim().ToLowerInvariant(), Platform.Localization.Languages.Un, "language"));
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var matches = await index.SearchAsync(query, filter, paging.Skip, paging.PageSize, cancellationToken);
        Platform.Operations.MarrakeshMetrics.Searched(System.Diagnostics.Stopwatch.GetElapsedTime(started));
        var hits = matches.Documents.Select(d => new SearchHit(
            d.Type, d.Key, d.Title, Snippets.Highlight(d.Text, query), d.Language, d.Url, Math.Round(d.Score, 6))).ToList();
        return new SearchOutput(hits, matches.Total, paging.Page, paging.PageSize, new SearchFacets(
            Facet(matches, "type"), Facet(matches, "objective"), Facet(matches, "region"), Facet(matches, "language")));
    }

    private async Task<string> RegionAsync(string region, CancellationToken cancellationToken)
    {
        var regions = (await states.RegionsAsync(cancellationToken)).Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return regions.FirstOrDefault(r => string.Equals(r, region.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidInputException("region", $"'{region}' is not a region; use one of: {string.Join(", ", regions)}.");
    }

    private static IReadOnlyList<FacetCount> Facet(SearchMatches matches, string facet) =>
        [.. matches.Facets.Where(f => f.Facet == facet).OrderByDescending(f => f.Count).ThenBy(f => f.Value.PadLeft(8), StringComparer.Ordinal)
            .Select(f => new FacetCount(f.Value, f.Count))];
}

/// <summary>Search results: one page of ranked hits, how many match in all, and facet counts over all of them.</summary>
/// <param name="Items">The hits, best first.</param>
/// <param name="Total">How many documents match.</param>
/// <param name="Page">Which page this is.</param>
/// <param name="PageSize">Hits per page.</param>
/// <param name="Facets">Counts of every match by type, objective, region and language.</param>
public sealed record SearchOutput(IReadOnlyList<SearchHit> Items, int Total, int Page, int PageSize, SearchFacets Facets);

/// <summary>One thing found.</summary>
/// <param name="Type">practice, pledge, commitment, review, objective or state.</param>
/// <param name="Key">Its id or code.</param>
/// <param name="Title">Its title (plain text).</param>
/// <param name="Snippet">A passage of its text, HTML-encoded, with the matching words in &lt;mark&gt;…&lt;/mark&gt; (the only markup).</param>
/// <param name="Language">The language of its text.</param>
/// <param name="Url">Its page on this site.</param>
/// <param name="Score">Relevance; higher is better (comparable within one search only).</param>
public sealed record SearchHit(string Type, string Key, string Title, string Snippet, string Language, string Url, double Score);

/// <summary>Counts of the matches by each facet, largest first.</summary>
public sealed record SearchFacets(IReadOnlyList<FacetCount> Type, IReadOnlyList<FacetCount> Objective, IReadOnlyList<FacetCount> Region, IReadOnlyList<FacetCount> Language);

/// <summary>How many matches have one facet value.</summary>
public sealed record FacetCount(string Value, int Count);
