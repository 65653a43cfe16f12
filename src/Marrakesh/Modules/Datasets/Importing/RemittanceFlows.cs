using System.Text.RegularExpressions;

namespace Marrakesh.Modules.Datasets.Importing;

/// <summary>
/// Reads KNOMAD's annual remittance inflows or outflows workbook: a header "Remittance inflows (US$ million)"
/// followed by years, one row per economy, the aggregates, then notes after a blank row. Stored as the series
/// <c>KNOMAD.REM.IN</c> (received) or <c>KNOMAD.REM.OUT</c> (sent), in US dollars.
/// </summary>
internal static partial class RemittanceFlows
{
    public const string Inflows = "KNOMAD.REM.IN";
    public const string Outflows = "KNOMAD.REM.OUT";

    public static ParsedDataset Parse(List<Sheet> sheets, Locations locations, string? revision)
    {
        var parsed = new ParsedDataset { Source = DatasetSources.RemittanceInflows, Holds = "indicators", Title = "World Bank-KNOMAD, remittance flows" };
        var found = sheets.Select(s => (Sheet: s, Header: Enumerable.Range(1, Math.Min(10, s.Rows.Count))
                .FirstOrDefault(r => s.Text(r, 0).StartsWith("Remittance inflows", StringComparison.OrdinalIgnoreCase) || s.Text(r, 0).StartsWith("Remittance outflows", StringComparison.OrdinalIgnoreCase))))
            .FirstOrDefault(f => f.Header > 0);
        if (found.Sheet is null)
        {
            parsed.Problem(null, null, null, "No sheet starts with a 'Remittance inflows (US$ million)' or 'Remittance outflows (US$ million)' header in its first ten rows.");
            return parsed;
        }
        var (sheet, header) = found;
        var label = sheet.Text(header, 0);
        var inflows = label.StartsWith("Remittance inflows", StringComparison.OrdinalIgnoreCase);
        parsed.Source = inflows ? DatasetSources.RemittanceInflows : DatasetSources.RemittanceOutflows;
        parsed.Title = inflows ? "World Bank-KNOMAD, remittance inflows" : "World Bank-KNOMAD, remittance outflows";
        var indicator = inflows ? Inflows : Outflows;
        var scale = label.Contains("million", StringComparison.OrdinalIgnoreCase) ? 1_000_000d : 1d;

        var years = new List<(int Index, int Year)>();
        for (var c = 1; c < sheet.Width(header); c++)
        {
            if (Cells.Year(sheet.Cell(header, c)) is { } year)
            {
                years.Add((c, year));
            }
            else if (sheet.Text(header, c).Length > 0)
            {
                parsed.Notes.Add($"Column {ImportProblem.ColumnLetter(c)} ('{sheet.Text(header, c)}') is not a year and was not imported.");
            }
        }
        if (years.Count == 0)
        {
            parsed.Problem(sheet.Name, header, null, "The header row has no year columns.");
        }
        var row = header + 1;
        for (; row <= sheet.Rows.Count; row++)
        {
            var name = sheet.Text(row, 0);
            if (name.Length == 0)
            {
                break; // the notes start after a blank row
            }
            if (locations.ByName(name) is not { IsHeading: false } place)
            {
                parsed.Problem(sheet.Name, row, 0, $"Unknown economy '{name}': add it to the name table if it is a publisher's spelling.");
                continue;
            }
            foreach (var (index, year) in years)
            {
                var cell = sheet.Cell(row, index);
                if (!Cells.TryNumber(cell, out var value))
                {
                    parsed.Problem(sheet.Name, row, index, $"Expected a number for {place.Name} {year}, found text {Cells.Describe(cell)}.");
                }
                else if (value is { } amount)
                {
                    if (parsed.AddIndicator(indicator, place, year, amount * scale) is { } conflict)
                    {
                        parsed.Problem(sheet.Name, row, index, conflict);
                    }
                }
            }
        }
        for (; row <= sheet.Rows.Count && revision is null; row++)
        {
            if (DateNote().Match(sheet.Text(row, 0)) is { Success: true } m)
            {
                revision = m.Groups[1].Value;
            }
        }
        parsed.Revision = revision;
        if (revision is null)
        {
            parsed.Problem(sheet.Name, null, null, "No 'Date: Month Year' note names the release; give one with --revision.");
        }
        return parsed;
    }

    [GeneratedRegex(@"^Date:\s*(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateNote();
}
