using System.Globalization;
using System.Text.RegularExpressions;

namespace Marrakesh.Modules.Datasets.Importing;

/// <summary>
/// Reads a World Bank DataBank export (xlsx): a "Data" sheet headed "Time, Time Code, Country Name, Country Code,
/// &lt;series name [CODE]&gt; …", ".." for no figure, then footer lines ("Last Updated: 03/28/2024").
/// </summary>
internal static partial class WdiDatabank
{
    public static ParsedDataset Parse(List<Sheet> sheets, Locations locations, string? revision)
    {
        var parsed = new ParsedDataset { Source = DatasetSources.WdiDatabank, Holds = "indicators", Title = "World Bank, World Development Indicators (DataBank)" };
        var sheet = sheets.FirstOrDefault(s => s.Rows.Count > 0 && Enumerable.Range(0, s.Width(1)).Any(c => s.Text(1, c) == "Country Code"));
        if (sheet is null)
        {
            parsed.Problem(null, null, null, "No sheet starts with a header holding 'Country Code'; is this a DataBank export?");
            return parsed;
        }
        var headers = Enumerable.Range(0, sheet.Width(1)).Select(c => sheet.Text(1, c)).ToList();
        var codeColumn = headers.IndexOf("Country Code");
        var timeColumn = headers.IndexOf("Time");
        if (timeColumn < 0)
        {
            parsed.Problem(sheet.Name, 1, null, "The header has no 'Time' column.");
            return parsed;
        }
        var series = new List<(int Index, string Code)>();
        for (var c = 0; c < headers.Count; c++)
        {
            if (SeriesCode().Match(headers[c]) is { Success: true } m)
            {
                series.Add((c, m.Groups[1].Value));
            }
        }
        for (var row = 2; row <= sheet.Rows.Count; row++)
        {
            var code = sheet.Text(row, codeColumn);
            if (code.Length == 0)
            {
                if (LastUpdated().Match(sheet.Text(row, 0)) is { Success: true } u)
                {
                    revision ??= DateTime.ParseExact(u.Groups[1].Value, "MM/dd/yyyy", CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }
                continue;
            }
            if (locations.ByCode(code) is not { } place)
            {
                parsed.Problem(sheet.Name, row, codeColumn, $"Unknown country code '{code}' ({sheet.Text(row, codeColumn - 1)}).");
                continue;
            }
            if (Cells.Year(sheet.Cell(row, timeColumn)) is not { } year)
            {
                parsed.Problem(sheet.Name, row, timeColumn, $"Expected a year, found {Cells.Describe(sheet.Cell(row, timeColumn))}.");
                continue;
            }
            foreach (var (index, indicator) in series)
            {
                var cell = sheet.Cell(row, index);
                if (!Cells.TryNumber(cell, out var value))
                {
                    parsed.Problem(sheet.Name, row, index, $"Expected a number for {code} {indicator}, found text {Cells.Describe(cell)}.");
                }
                else if (value is { } v)
                {
                    if (parsed.AddIndicator(indicator, place, year, v) is { } conflict)
                    {
                        parsed.Problem(sheet.Name, row, index, conflict);
                    }
                }
            }
        }
        // As for the CSV downloads: one source per set of indicators, so one release's files do not replace each other.
        parsed.Source = DatasetSources.WithIndicators(DatasetSources.WdiDatabank, series.Select(s => s.Code));
        parsed.Revision = revision;
        if (revision is null)
        {
            parsed.Problem(sheet.Name, null, null, "No 'Last Updated: MM/DD/YYYY' footer names the release; give one with --revision.");
        }
        return parsed;
    }

    [GeneratedRegex(@"\[([A-Za-z0-9_.]+)\]\s*$")]
    private static partial Regex SeriesCode();

    [GeneratedRegex(@"Last Updated:\s*(\d{2}/\d{2}/\d{4})")]
    private static partial Regex LastUpdated();
}
