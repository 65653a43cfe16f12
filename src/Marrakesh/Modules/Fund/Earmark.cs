using Marrakesh.Modules.States;
using Marrakesh.Platform.Validation;

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

    /// <summary>The canonical spelling of an earmark (<c>Thematic:2</c> → <c>thematic:2</c>), or null when it is not one.</summary>
    public static string? Canonical(string? value)
    {
        var text = value?.Trim() ?? None;
        if (text.Length == 0 || text.Equals(None, StringComparison.OrdinalIgnoreCase))
        {
            return None;
        }
        if (text.StartsWith(ThematicPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return int.TryParse(text[ThematicPrefix.Length..], out var area) && ThematicAreasReferenceData.Numbers.Contains(area) ? Thematic(area) : null;
        }
        if (text.StartsWith(CountryPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var iso3 = text[CountryPrefix.Length..].Trim();
            return StatesContract.IsKnownState(iso3) ? Country(iso3.ToUpperInvariant()) : null;
        }
        return null;
    }

    /// <summary>The earmarks a programme may draw on, most specific first: its countries, its thematic area, then unearmarked money.</summary>
    public static IReadOnlyList<string> AllowedFor(Programme programme) =>
        [.. programme.Countries.Order(StringComparer.Ordinal).Select(Country), Thematic(programme.ThematicArea), None];
}

/// <summary>An earmark the fund knows: none, thematic:N for one of its thematic areas, or country:ISO3.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class EarmarkCodeAttribute : ValueRuleAttribute
{
    protected override string? Problem(object value) =>
        Earmark.Canonical((string)value) is null ? ValidationText.Get("Earmark", value, ThematicAreasReferenceData.Numbers.Count) : null;
}
