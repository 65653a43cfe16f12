namespace Marrakesh.Platform.Web;

/// <summary>
/// Every API list has this shape: the items and how many there are. Long lists come in pages; then
/// <c>total</c> counts every match and <c>page</c>/<c>pageSize</c> say which slice <c>items</c> is.
/// </summary>
public sealed record ListOutput<T>(IReadOnlyList<T> Items, int Total, int? Page = null, int? PageSize = null)
{
    public static ListOutput<T> Of(IReadOnlyList<T> items) => new(items, items.Count);
}

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
