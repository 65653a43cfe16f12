namespace Marrakesh.Platform.Web;

/// <summary>
/// Every API list has this shape: the items and how many there are. Long lists come in pages; then
/// <c>total</c> counts every match, <c>page</c>/<c>pageSize</c> say which slice <c>items</c> is, <c>pages</c> how many
/// slices there are, and <c>next</c>/<c>prev</c> link to the neighbouring ones (also in the Link header; see
/// <see cref="PageLinks"/>). Lists of figures name their <c>sources</c>, with revisions and licences.
/// </summary>
/// <param name="Items">The items (of this page).</param>
/// <param name="Total">How many items match, on every page together.</param>
/// <param name="Page">Which page this is, from 1; null for a list given whole.</param>
/// <param name="PageSize">Items per page; null for a list given whole.</param>
public sealed record ListOutput<T>(IReadOnlyList<T> Items, int Total, int? Page = null, int? PageSize = null) : IPagedList
{
    public static ListOutput<T> Of(IReadOnlyList<T> items) => new(items, items.Count);

    /// <summary>How many pages the list has at this page size; null for a list given whole.</summary>
    public int? Pages => PageSize is int size ? (Total + size - 1) / size : null;

    /// <summary>The next page's address, while there is one.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Next { get; init; }

    /// <summary>The previous page's address (from past the end: the last page).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Prev { get; init; }

    /// <summary>Where the figures come from: publication, revision and licence.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<SourceAttribution>? Sources { get; init; }

    IPagedList IPagedList.Slice(Paging paging) =>
        this with { Items = [.. Items.Skip(paging.Skip).Take(paging.PageSize)], Page = paging.Page, PageSize = paging.PageSize };

    IPagedList IPagedList.WithLinks(string? next, string? prev) => this with { Next = next, Prev = prev };
}

/// <summary>What <see cref="PageLinks"/> needs of a list, whatever its items.</summary>
public interface IPagedList
{
    int Total { get; }
    int? Page { get; }
    int? PageSize { get; }
    int? Pages { get; }

    /// <summary>One page of a list that was given whole.</summary>
    IPagedList Slice(Paging paging);

    IPagedList WithLinks(string? next, string? prev);
}

/// <summary>Where figures come from, and the licence their publisher grants.</summary>
/// <param name="Title">Publisher and publication.</param>
/// <param name="Revision">The publisher's revision label.</param>
/// <param name="Licence">The licence's SPDX identifier, e.g. CC-BY-4.0 (see GET /api/licences).</param>
/// <param name="LicenceUrl">The licence's text.</param>
public sealed record SourceAttribution(string Title, string Revision, string Licence, string LicenceUrl);

/// <summary>Reads and checks the page and pageSize query values of a paged list.</summary>
public sealed record Paging(int Page, int PageSize)
{
    public const int DefaultSize = 100;
    public const int MaxSize = 500;

    /// <summary>The last page any list can have: its first row, (page − 1) × 500, must fit in an int.</summary>
    public const int MaxPage = int.MaxValue / MaxSize;

    public int Skip => (Page - 1) * PageSize;

    public static Paging From(string? page, string? pageSize) => new(
        Parse(page, "page", 1, MaxPage, 1),
        Parse(pageSize, "pageSize", 1, MaxSize, DefaultSize));

    private static int Parse(string? value, string field, int min, int max, int fallback)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }
        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new Errors.InvalidInputException(field, $"'{value}' is not allowed; use a whole number from {min} to {max.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
    }
}
