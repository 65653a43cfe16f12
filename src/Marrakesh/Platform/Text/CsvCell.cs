using System.Globalization;

namespace Marrakesh.Platform.Text;

/// <summary>
/// A CSV cell a spreadsheet will not run (OWASP's advice on CSV injection): text that begins with =, +, -, @, a tab
/// or a carriage return gets a leading apostrophe; numbers, negative ones included, are written as they are, so the
/// figures stay figures. Quoting is the CSV writer's (CsvHelper quotes separators, quotes and line breaks).
/// </summary>
public static class CsvCell
{
    public static string Inert(string field) =>
        field.Length > 0 && "=+-@\t\r".Contains(field[0]) && !double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? "'" + field
            : field;
}
