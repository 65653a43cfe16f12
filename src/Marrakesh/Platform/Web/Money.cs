using System.Globalization;
using System.Text.RegularExpressions;

namespace Marrakesh.Platform.Web;

/// <summary>
/// Amounts are stored as integer hundredths of the currency unit, so both databases add and compare them
/// exactly. Currencies are ISO 4217 alphabetic codes.
/// </summary>
public static partial class Money
{
    /// <summary>A hundred billion units per amount: far above any pledge, and a million of them still sum within a long.</summary>
    public const long MaxMinor = 10_000_000_000_000;

    public static decimal FromMinor(long minor) => minor / 100m;

    /// <summary>
    /// The codes of currencies in use, as the runtime's ICU data knows them (ISO 4217): the one list that pledges,
    /// plans and the fund accept, so a pledge is never made in a currency the fund cannot receive.
    /// </summary>
    public static readonly IReadOnlySet<string> KnownCurrencies = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => { try { return new RegionInfo(c.Name).ISOCurrencySymbol; } catch (ArgumentException) { return null; } })
        .OfType<string>().Where(c => CurrencyCode().IsMatch(c)).Append("USD").ToHashSet(StringComparer.Ordinal);

    public static bool IsKnownCurrency(string? code) => code is not null && KnownCurrencies.Contains(code.Trim().ToUpperInvariant());

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
