using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// How a contributor restricts its money: <c>none</c>, one of the fund's thematic areas (<c>thematic:2</c>) or one
/// country (<c>country:MAR</c>). Earmarked money is only ever allocated to programmes that match the earmark.
/// </summary>
public static class Earmark
{
    public const string None = "none";
    public const string ThematicPrefix = "thematic:";
    public const string CountryPrefix = "country:";

    public static string Thematic(int area) => ThematicPrefix + area;

    public static string Country(string iso3) => CountryPrefix + iso3;

    /// <summary>The canonical earmark, or an input error naming <paramref name="field"/>.</summary>
    public static async Task<string> ParseAsync(string? value, string field, AppDbContext db, StatesContract states, CancellationToken cancellationToken)
    {
        var text = value?.Trim() ?? None;
        if (text.Equals(None, StringComparison.OrdinalIgnoreCase) || text.Length == 0)
        {
            return None;
        }
        if (text.StartsWith(ThematicPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var area = int.TryParse(text[ThematicPrefix.Length..], out var number) ? number : 0;
            return await db.Set<ThematicArea>().AnyAsync(t => t.Number == area, cancellationToken)
                ? Thematic(area)
                : throw new InvalidInputException(field, $"'{text}' names no thematic area of the fund; use thematic:1 to thematic:5.");
        }
        if (text.StartsWith(CountryPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Country(await states.RequireStateAsync(text[CountryPrefix.Length..], field, cancellationToken));
        }
        throw new InvalidInputException(field, $"'{text}' is not an earmark; use none, thematic:N or country:ISO3.");
    }

    /// <summary>The earmarks a programme may draw on, most specific first: its countries, its thematic area, then unearmarked money.</summary>
    public static IReadOnlyList<string> AllowedFor(Programme programme) =>
        [.. programme.Countries.Order(StringComparer.Ordinal).Select(Country), Thematic(programme.ThematicArea), None];
}
