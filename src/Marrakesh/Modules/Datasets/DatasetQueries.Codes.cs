using Marrakesh.Modules.States;
using Marrakesh.Platform.Errors;

namespace Marrakesh.Modules.Datasets;

public sealed partial class DatasetQueries
{
    /// <summary>The codes of a query value that may list several (<c>destination=MAR,DZA</c>); null when it is empty.</summary>
    public static IReadOnlyList<string>? CodesOf(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var codes = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(c => CodeOf(c, field)!).Distinct(StringComparer.Ordinal).ToList();
        return codes.Count switch
        {
            0 => null,
            > MaxCodes => throw new InvalidInputException(field, $"At most {MaxCodes} codes in one query; for more, take the bulk file of the dataset (GET /api/datasets)."),
            _ => codes,
        };
    }

    public const int MaxCodes = 300;

    /// <summary>
    /// Refuses a list of codes with one the platform does not know — neither in the imported figures nor a State —
    /// naming it, so a typo is not taken for a place without figures.
    /// </summary>
    public async Task RequireKnownAsync(string? value, string field, StatesContract states, CancellationToken cancellationToken)
    {
        if (CodesOf(value, field) is not { } codes)
        {
            return;
        }
        var names = await NamesAsync(cancellationToken);
        var unknown = codes.Where(c => !names.ContainsKey(c)).ToList();
        if (unknown.Count == 0)
        {
            return;
        }
        var stateNames = await states.NamesAsync(cancellationToken);
        unknown = [.. unknown.Where(c => !stateNames.ContainsKey(c))];
        if (unknown.Count > 0)
        {
            throw new InvalidInputException(field, $"Unknown code{(unknown.Count == 1 ? "" : "s")} {string.Join(", ", unknown.Select(c => $"'{c}'"))}: not a State and not a place any imported figure concerns.");
        }
    }

    /// <summary>A year range: <c>year</c> alone, or <c>from</c> and/or <c>to</c>; null ends are open.</summary>
    public static (int? First, int? Last) YearsOf(string? year, string? from, string? to)
    {
        var exact = YearOf(year, "year");
        var first = YearOf(from, "from");
        var last = YearOf(to, "to");
        if (exact is not null && (first is not null || last is not null))
        {
            throw new InvalidInputException("year", "Give either year or a range (from, to), not both.");
        }
        if (first > last)
        {
            throw new InvalidInputException("from", $"The range starts ({first}) after it ends ({last}).");
        }
        return exact is not null ? (exact, exact) : (first, last);
    }
}
