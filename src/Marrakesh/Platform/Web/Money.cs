using System.Text.RegularExpressions;
using Marrakesh.Platform.Errors;

namespace Marrakesh.Platform.Web;

/// <summary>
/// Amounts are stored as integer hundredths of the currency unit, so both databases add and compare them
/// exactly. Currencies are ISO 4217 alphabetic codes.
/// </summary>
public static partial class Money
{
    /// <summary>A hundred billion units per amount: far above any pledge, and a million of them still sum within a long.</summary>
    public const long MaxMinor = 10_000_000_000_000;

    public static long ToMinor(decimal amount, string field)
    {
        if (amount < 0)
        {
            throw new InvalidInputException(field, "An amount cannot be negative.");
        }
        if (decimal.Round(amount, 2) != amount)
        {
            throw new InvalidInputException(field, "Give at most two decimals.");
        }
        return amount <= MaxMinor / 100m
            ? (long)(amount * 100)
            : throw new InvalidInputException(field, $"The amount is too large; at most {MaxMinor / 100:N0}.");
    }

    public static decimal FromMinor(long minor) => minor / 100m;

    public static string Currency(string? code, string field) =>
        code is not null && CurrencyCode().IsMatch(code.Trim())
            ? code.Trim().ToUpperInvariant()
            : throw new InvalidInputException(field, $"'{code}' is not an ISO 4217 currency code; use three letters, e.g. USD.");

    [GeneratedRegex("^[A-Za-z]{3}$")]
    private static partial Regex CurrencyCode();
}
