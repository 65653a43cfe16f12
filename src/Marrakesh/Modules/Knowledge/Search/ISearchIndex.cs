namespace Marrakesh.Modules.Knowledge.Search;

/// <summary>
/// The one abstraction search earns (design.md): the same question asked of SQLite FTS5 or of PostgreSQL's
/// full-text search. Both read the same documents and the same pre-split terms, so they find the same things.
/// </summary>
public interface ISearchIndex
{
    /// <summary>One page of ranked matches, how many match in all, and the facet counts over every match.</summary>
    Task<SearchMatches> SearchAsync(SearchQuery query, SearchFilter filter, int skip, int take, CancellationToken cancellationToken);
}

/// <summary>Filters; each optional.</summary>
public sealed record SearchFilter(string? Type = null, int? Objective = null, string? Region = null, string? Language = null);

/// <summary>What the index answers, before snippets are made.</summary>
public sealed record SearchMatches(IReadOnlyList<MatchedDocument> Documents, int Total, IReadOnlyList<FacetRow> Facets);

public sealed record MatchedDocument(string Type, string Key, string Title, string Text, string Language, string Url, double Score);

public sealed record FacetRow(string Facet, string Value, int Count);
