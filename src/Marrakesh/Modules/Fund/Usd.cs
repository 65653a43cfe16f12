using System.Globalization;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// The fund keeps every figure in US cents (long). In JSON it shows dollars with exactly two decimals; the
/// arithmetic stays in integers and decimals, never binary floating point.
/// </summary>
public static class Usd
{
    /// <summary>Cents as dollars with two decimals (adding 0.00m fixes the scale, so 5 is written 5.00).</summary>
    public static decimal FromMinor(long minor) => (minor / 100m) + 0.00m;

    public static string Format(long minor) => FromMinor(minor).ToString("N2", CultureInfo.InvariantCulture);
}
