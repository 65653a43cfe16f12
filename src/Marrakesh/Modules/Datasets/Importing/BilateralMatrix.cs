using System.Globalization;
using System.Text.RegularExpressions;

namespace Marrakesh.Modules.Datasets.Importing;

/// <summary>
/// Reads a World Bank / KNOMAD bilateral matrix (migrant stocks or remittances): a title row, a header row whose
/// first cell says which way the matrix reads ("… (across) – … (down)"), one column per country and one row per
/// country, with the world totals last. Countries are matched by name through the name table.
/// </summary>
internal static partial class BilateralMatrix
{
    public static ParsedDataset Parse(List<Sheet> sheets, Locations locations, string kind, int? year, string? revision)
    {
        var parsed = new ParsedDataset
        {
            Source = kind == "migrants" ? DatasetSources.BilateralMigrants : DatasetSources.BilateralRemittances,
            Holds = $"corridors-{kind}",
            Title = kind == "migrants" ? "KNOMAD/World Bank, Bilateral Migration Matrix" : "KNOMAD/World Bank, Bilateral Remittance Matrix",
        };
        var found = sheets.Select(s => (Sheet: s, Header: Enumerable.Range(1, Math.Min(10, s.Rows.Count)).FirstOrDefault(r => s.Text(r, 0).Contains("(across)", StringComparison.OrdinalIgnoreCase))))
            .FirstOrDefault(f => f.Header > 0);
        if (found.Sheet is null)
        {
            parsed.Problem(null, null, null, "No sheet has a header cell reading '… (across) – … (down)' in its first ten rows; this is not a KNOMAD bilateral matrix.");
            return parsed;
        }
        var (sheet, header) = found;
        var title = header > 1 ? sheet.Text(header - 1, 0) : "";
        var corner = sheet.Text(header, 0).ToLowerInvariant();
        var across = corner[..corner.IndexOf("(across)", StringComparison.Ordinal)];
        var columnsAreDestinations = across.Contains("receiving", StringComparison.Ordinal) || across.Contains("destination", StringComparison.Ordinal);
        if (!columnsAreDestinations && !(across.Contains("sending", StringComparison.Ordinal) || across.Contains("source", StringComparison.Ordinal) || across.Contains("origin", StringComparison.Ordinal)))
        {
            parsed.Problem(sheet.Name, header, 0, $"Could not tell from {Cells.Describe(sheet.Cell(header, 0))} whether the columns are destinations or origins.");
            return parsed;
        }
        var titleYear = YearInTitle().Match(title) is { Success: true } y ? int.Parse(y.Groups[1].Value, CultureInfo.InvariantCulture) : (int?)null;
        year ??= titleYear;
        if (year is null)
        {
            parsed.Problem(sheet.Name, header - 1, 0, "The title names no year; give one with --year.");
            return parsed;
        }
        if (kind == "remittances" && !title.Contains("US$", StringComparison.OrdinalIgnoreCase))
        {
            parsed.Problem(sheet.Name, header - 1, 0, $"The title {Cells.Describe(title)} does not say the unit (US$ or millions of US$).");
        }
        var scale = title.Contains("million", StringComparison.OrdinalIgnoreCase) ? 1_000_000d : 1d;
        parsed.Revision = revision ?? (Version().Match(title) is { Success: true } v ? $"{year} ({v.Groups[1].Value})" : year.Value.ToString(CultureInfo.InvariantCulture));
        parsed.Title += $" {year}";

        var columns = new List<(int Index, Place Place)>();
        for (var c = 1; c < sheet.Width(header); c++)
        {
            var name = sheet.Text(header, c);
            if (name.Length == 0)
            {
                continue;
            }
            if (locations.ByName(name) is { IsHeading: false } place)
            {
                columns.Add((c, place));
            }
            else
            {
                parsed.Problem(sheet.Name, header, c, $"Unknown country name '{name}': add it to the name table (Modules/Datasets/Data/publisher_names.csv) if it is a publisher's spelling.");
            }
        }
        var sawWorld = false;
        for (var row = header + 1; row <= sheet.Rows.Count && !sawWorld; row++)
        {
            var name = sheet.Text(row, 0);
            if (name.Length == 0)
            {
                continue;
            }
            var place = locations.ByName(name);
            if (place is null or { IsHeading: true })
            {
                parsed.Problem(sheet.Name, row, 0, $"Unknown country name '{name}': add it to the name table if it is a publisher's spelling.");
                continue;
            }
            sawWorld = place.Code == Locations.World; // the world row closes the matrix; notes follow it
            foreach (var (index, other) in columns)
            {
                var cell = sheet.Cell(row, index);
                if (!Cells.TryNumber(cell, out var value))
                {
                    parsed.Problem(sheet.Name, row, index, $"Expected a number for {place.Name} / {other.Name}, found text {Cells.Describe(cell)}.");
                    continue;
                }
                if (value is { } amount)
                {
                    var (origin, destination) = columnsAreDestinations ? (place, other) : (other, place);
                    if (parsed.AddCorridor(year.Value, origin, destination, amount * scale) is { } conflict)
                    {
                        parsed.Problem(sheet.Name, row, index, conflict);
                    }
                }
            }
        }
        if (!sawWorld)
        {
            parsed.Problem(sheet.Name, null, 0, "No 'World' row closes the matrix; the file may be truncated.");
        }
        return parsed;
    }

    [GeneratedRegex(@"\b(?:in|for)\s+((?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearInTitle();

    [GeneratedRegex(@"\(([A-Za-z]+ \d{4}) Version\)", RegexOptions.IgnoreCase)]
    private static partial Regex Version();
}
