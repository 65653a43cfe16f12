using System.Globalization;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Web;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// The fund keeps every figure in US cents (long). In JSON it shows dollars with exactly two decimals; the
/// arithmetic stays in integers and decimals, never binary floating point.
/// </summary>
public static class Usd
{
    /// <summary>A positive amount of dollars in cents, or an input error naming <paramref name="field"/>.</summary>
    public static long PositiveMinor(decimal? amount, string field) => amount switch
    {
        null => throw new InvalidInputException(field, "Give an amount in USD."),
        <= 0 => throw new InvalidInputException(field, "An amount must be more than zero."),
        _ => Money.ToMinor(amount.Value, field),
    };

    /// <summary>Cents as dollars with two decimals (adding 0.00m fixes the scale, so 5 is written 5.00).</summary>
    public static decimal FromMinor(long minor) => (minor / 100m) + 0.00m;

    public static string Format(long minor) => FromMinor(minor).ToString("N2", CultureInfo.InvariantCulture);

    /// <summary>The codes of currencies in use, as the runtime's ICU data knows them (ISO 4217).</summary>
    public static readonly IReadOnlySet<string> KnownCurrencies = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => { try { return new RegionInfo(c.Name).ISOCurrencySymbol; } catch (ArgumentException) { return null; } })
        .OfType<string>().Where(c => c.Length == 3).Append("USD").ToHashSet(StringComparer.Ordinal);

    /// <summary>An ISO 4217 code of a currency in use, or an input error.</summary>
    public static string Currency(string? code, string field)
    {
        var currency = Money.Currency(code, field);
        return KnownCurrencies.Contains(currency)
            ? currency
            : throw new InvalidInputException(field, $"'{currency}' is not a currency in use (ISO 4217).");
    }
}
