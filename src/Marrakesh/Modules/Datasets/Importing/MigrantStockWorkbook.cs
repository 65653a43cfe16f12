using System.Globalization;
using System.Text.RegularExpressions;

namespace Marrakesh.Modules.Datasets.Importing;

/// <summary>
/// Reads UN DESA's International Migrant Stock workbook "by destination" (Tables 1–6). Revisions move years,
/// columns and header rows, so everything is found by its text: the header row is the one with "Location code",
/// the year columns are the ones headed by a year, and each year column's measure and sex come from the band
/// label above it (e.g. "International migrant stock at mid-year, females").
/// </summary>
internal static partial class MigrantStockWorkbook
{
    private const int HeaderSearchRows = 40;

    public static ParsedDataset Parse(List<Sheet> sheets, Locations locations, string? revision)
    {
        var parsed = new ParsedDataset { Source = DatasetSources.MigrantStock, Holds = "migrant-stock", Title = "UN DESA, International Migrant Stock", Revision = revision };
        var found = new List<string>();
        foreach (var sheet in sheets)
        {
            var header = FindHeader(sheet);
            if (header is null)
            {
                if (TableSheet().IsMatch(sheet.Name))
                {
                    parsed.Problem(sheet.Name, null, null, $"No header row with a 'Location code' column and year columns was found in the first {HeaderSearchRows} rows.");
                }
                else
                {
                    parsed.Notes.Add($"Sheet '{sheet.Name}' has no data table and was skipped.");
                }
                continue;
            }
            revision ??= RevisionIn(sheet, header.Value);
            if (TitleIn(sheet, header.Value) is { } title)
            {
                parsed.Title = $"UN DESA, {title}";
            }
            found.AddRange(ParseTable(sheet, header.Value, locations, parsed));
        }
        parsed.Revision = revision;
        if (!found.Contains(Measures.Stock))
        {
            parsed.Problem(null, null, null, "No table of the international migrant stock was recognised; is this the 'by destination' workbook?");
        }
        else if (revision is null)
        {
            parsed.Problem(null, null, null, "No revision label (such as POP/DB/MIG/Stock/Rev.2020) was found in the workbook; give one with --revision.");
        }
        return parsed;
    }

    private static int? FindHeader(Sheet sheet)
    {
        for (var row = 1; row <= Math.Min(HeaderSearchRows, sheet.Rows.Count); row++)
        {
            var cells = Enumerable.Range(0, sheet.Width(row)).Select(c => sheet.Text(row, c).ToLowerInvariant()).ToList();
            if (cells.Any(c => c is "location code" or "code") && cells.Any(c => Cells.Year(c) is not null || PeriodHeader().IsMatch(c)))
            {
                return row;
            }
        }
        return null;
    }

    private static string? RevisionIn(Sheet sheet, int header)
    {
        for (var row = 1; row < header; row++)
        {
            for (var c = 0; c < sheet.Width(row); c++)
            {
                if (RevisionMark().Match(sheet.Text(row, c)) is { Success: true } m)
                {
                    return $"Rev.{m.Groups[1].Value}";
                }
            }
        }
        return null;
    }

    private static string? TitleIn(Sheet sheet, int header)
    {
        for (var row = 1; row < header; row++)
        {
            for (var c = 0; c < sheet.Width(row); c++)
            {
                var text = sheet.Text(row, c);
                if (text.StartsWith("International Migrant Stock", StringComparison.OrdinalIgnoreCase))
                {
                    return text.Split(':')[0];
                }
            }
        }
        return null;
    }

    private sealed record Column(int Index, int Year, string Measure, string Sex, double Scale);

    private static List<string> ParseTable(Sheet sheet, int header, Locations locations, ParsedDataset parsed)
    {
        var headers = Enumerable.Range(0, sheet.Width(header)).Select(c => sheet.Text(header, c).ToLowerInvariant()).ToList();
        var codeColumn = headers.FindIndex(h => h is "location code" or "code");
        var nameColumn = headers.FindIndex(h => h.Contains("country or area", StringComparison.Ordinal) || h.Contains("destination", StringComparison.Ordinal));
        var title = string.Join(" ", Enumerable.Range(1, header - 1).SelectMany(r => Enumerable.Range(0, sheet.Width(r)).Select(c => sheet.Text(r, c)))).ToLowerInvariant();
        if (nameColumn < 0)
        {
            parsed.Problem(sheet.Name, header, null, "No column headed 'Region, development group, country or area' was found.");
        }

        var columns = new List<Column>();
        var yearsSeen = new Dictionary<(string, string, int), int>();
        var skipped = new HashSet<string>();
        for (var c = 0; c < headers.Count; c++)
        {
            var year = Cells.Year(headers[c]);
            if (year is null)
            {
                if (PeriodHeader().IsMatch(headers[c]))
                {
                    skipped.Add("rates of change over periods");
                }
                continue;
            }
            var band = BandAbove(sheet, header, c);
            var label = (band ?? title).ToLowerInvariant();
            var measure = MeasureOf(label);
            if (measure is null)
            {
                if (label.Contains("rate of change", StringComparison.Ordinal))
                {
                    skipped.Add("rates of change");
                    continue;
                }
                parsed.Problem(sheet.Name, header, c, $"Could not recognise what the column headed {year} holds: the label above it reads '{band ?? "(none)"}'.");
                continue;
            }
            var sex = label.Contains("females", StringComparison.Ordinal) ? "female"
                : label.Contains("males", StringComparison.Ordinal) ? "male" : "both";
            var scale = measure == Measures.Population && (label.Contains("thousands", StringComparison.Ordinal) || title.Contains("(thousands)", StringComparison.Ordinal)) ? 1000 : 1;
            if (yearsSeen.TryGetValue((measure, sex, year.Value), out var earlier))
            {
                parsed.Problem(sheet.Name, header, c, $"The year {year} appears again (first in column {ImportProblem.ColumnLetter(earlier)}) with no label above saying which sex it is for.");
                continue;
            }
            yearsSeen[(measure, sex, year.Value)] = c;
            columns.Add(new Column(c, year.Value, measure, sex, scale));
        }
        foreach (var what in skipped)
        {
            parsed.Notes.Add($"Sheet '{sheet.Name}': {what} were not imported (they are derived from the stocks).");
        }
        if (codeColumn < 0 || nameColumn < 0 || columns.Count == 0)
        {
            return [];
        }

        for (var row = header + 1; row <= sheet.Rows.Count; row++)
        {
            var codeText = sheet.Text(row, codeColumn);
            var name = sheet.Text(row, nameColumn);
            if (codeText.Length == 0)
            {
                continue; // blank separators and the notes under the table
            }
            if (!int.TryParse(codeText.Split('.')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                if (name.Length == 0)
                {
                    continue; // a note line running across the columns under the table
                }
                parsed.Problem(sheet.Name, row, codeColumn, $"The location code {Cells.Describe(sheet.Cell(row, codeColumn))} of '{name}' is not a number.");
                continue;
            }
            var place = PlaceOf(code, name, locations);
            if (place is null)
            {
                parsed.Problem(sheet.Name, row, codeColumn, $"Unknown location code {code} ('{name.Trim()}'): it is neither an M49 country or area code of the reference data nor a UN DESA aggregate.");
                continue;
            }
            foreach (var column in columns)
            {
                var cell = sheet.Cell(row, column.Index);
                if (!Cells.TryNumber(cell, out var value))
                {
                    parsed.Problem(sheet.Name, row, column.Index, $"Expected a number for {place.Name} {column.Year}, found text {Cells.Describe(cell)}.");
                    continue;
                }
                if (value is { } v)
                {
                    if (parsed.AddStock(place, column.Measure, column.Year, column.Sex, v * column.Scale) is { } conflict)
                    {
                        parsed.Problem(sheet.Name, row, column.Index, conflict);
                    }
                }
            }
        }
        return [.. columns.Select(c => c.Measure).Distinct()];
    }

    /// <summary>UN DESA codes: countries and areas are M49 codes; 900 is the world; other codes without a "type of data" are its aggregates.</summary>
    private static Place? PlaceOf(int code, string name, Locations locations)
    {
        if (code == 900)
        {
            return new Place(Locations.World, "World", IsAggregate: true);
        }
        if (locations.ByM49(code) is { } place)
        {
            return place;
        }
        return code >= 900
            ? new Place($"UN{code}", name.Trim().TrimEnd('*').Trim(), IsAggregate: true)
            : null;
    }

    private static string? BandAbove(Sheet sheet, int header, int column)
    {
        for (var row = header - 1; row >= Math.Max(1, header - 4); row--)
        {
            for (var c = column; c >= 0; c--)
            {
                var text = sheet.Text(row, c);
                if (text.Length > 0)
                {
                    if (c < column && Cells.Year(sheet.Text(header, c)) is null && !PeriodHeader().IsMatch(sheet.Text(header, c)))
                    {
                        break; // a title left of the data columns, not a band over this one
                    }
                    return text;
                }
            }
        }
        return null;
    }

    private static string? MeasureOf(string label) => label switch
    {
        _ when label.Contains("rate of change", StringComparison.Ordinal) => null,
        _ when label.Contains("refugee", StringComparison.Ordinal) && label.Contains("percentage", StringComparison.Ordinal) => Measures.RefugeeShare,
        _ when label.Contains("refugee", StringComparison.Ordinal) => Measures.Refugees,
        _ when label.Contains("female migrants as a percentage", StringComparison.Ordinal) => Measures.FemaleShare,
        _ when label.Contains("percentage of the total population", StringComparison.Ordinal) => Measures.Share,
        _ when label.Contains("total population", StringComparison.Ordinal) => Measures.Population,
        _ when label.Contains("migrant stock", StringComparison.Ordinal) => Measures.Stock,
        _ => null,
    };

    [GeneratedRegex(@"^Table \d+", RegexOptions.IgnoreCase)]
    private static partial Regex TableSheet();

    [GeneratedRegex(@"Rev\.?\s*(\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex RevisionMark();

    [GeneratedRegex(@"^\d{4}\s*-\s*\d{4}$")]
    private static partial Regex PeriodHeader();
}
