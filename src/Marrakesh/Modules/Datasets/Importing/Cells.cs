using System.Globalization;

namespace Marrakesh.Modules.Datasets.Importing;

/// <summary>Reads the cells of published tables: numbers, the publishers' marks for "no figure", and header text.</summary>
internal static class Cells
{
    /// <summary>
    /// How publishers write "no figure": empty, "..", "-", "…", "n.a."; UN DESA writes "~" where a figure under five
    /// is withheld for privacy, which is no figure either.
    /// </summary>
    private static readonly HashSet<string> Missing = new(["", "..", "...", "…", "-", "–", "~", "n.a.", "na", "n/a", "x"], StringComparer.OrdinalIgnoreCase);

    public static string Text(object? cell) => cell switch
    {
        null or DBNull => "",
        string s => s.Trim(),
        double d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString()?.Trim() ?? "",
    };

    /// <summary>True with the value for a number; true with null for a "no figure" mark; false for anything else.</summary>
    public static bool TryNumber(object? cell, out double? value)
    {
        switch (cell)
        {
            case double d:
                value = d;
                return true;
            case int or long or decimal or float:
                value = Convert.ToDouble(cell, CultureInfo.InvariantCulture);
                return true;
            case null or "":
                value = null; // most cells of a wide CSV: answered without hashing them against the marks
                return true;
        }
        var text = Text(cell);
        if (Missing.Contains(text))
        {
            value = null;
            return true;
        }
        // "NaN", "Infinity" and overflowing exponents parse as doubles but are no figures: report them like any text.
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed))
        {
            value = parsed;
            return true;
        }
        value = null;
        return false;
    }

    /// <summary>A four-digit year written as a number or as text (1990, "1990", 1990.0), else null.</summary>
    public static int? Year(object? cell)
    {
        var text = Text(cell);
        return text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2200
            ? year
            : null;
    }

    public static string Describe(object? cell)
    {
        var text = Text(cell);
        return text.Length > 40 ? $"'{text[..40]}…'" : $"'{text}'";
    }
}
