using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Marrakesh.Modules.Datasets.Importing;

/// <summary>
/// Reads a World Development Indicators CSV download in the wide "API" layout: preamble lines ("Data Source",
/// "Last Updated Date"), a byte-order mark, a header "Country Name, Country Code, Indicator Name, Indicator
/// Code, 1960 …", a trailing comma on every line, and "" for no figure. Countries are matched by their codes.
/// </summary>
internal static class WdiCsv
{
    public static ParsedDataset Parse(byte[] content, Locations locations, string? revision)
    {
        var parsed = new ParsedDataset { Source = DatasetSources.Wdi, Holds = "indicators", Title = "World Bank, World Development Indicators" };
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            parsed.Problem(null, null, null, "The file is not UTF-8 text; is it the CSV download of an indicator?");
            return parsed;
        }
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, BadDataFound = null, IgnoreBlankLines = false });
        string[]? header = null;
        int code = -1, indicatorColumn = -1, nameColumn = -1;
        var years = new List<(int Index, int Year)>();
        var indicators = new HashSet<string>();
        var line = 0;
        while (csv.Read())
        {
            line = csv.Parser.Row;
            var fields = csv.Parser.Record ?? [];
            if (header is null)
            {
                if (fields.Length >= 2 && fields[0].Trim() == "Last Updated Date")
                {
                    revision ??= fields[1].Trim();
                }
                if (fields.Any(f => f.Trim() == "Country Code"))
                {
                    header = [.. fields.Select(f => f.Trim())];
                    code = Array.IndexOf(header, "Country Code");
                    indicatorColumn = Array.IndexOf(header, "Indicator Code");
                    nameColumn = Array.IndexOf(header, "Country Name");
                    years = [.. header.Select((h, i) => (i, Cells.Year(h))).Where(p => p.Item2 is not null).Select(p => (p.i, p.Item2!.Value))];
                    if (indicatorColumn < 0)
                    {
                        parsed.ProblemInColumn(null, line, "Indicator Code", "The header has no 'Indicator Code' column.");
                    }
                    if (years.Count == 0)
                    {
                        parsed.ProblemInColumn(null, line, "1960 …", "The header has no year columns.");
                    }
                }
                continue;
            }
            if (fields.All(string.IsNullOrWhiteSpace) || indicatorColumn < 0)
            {
                continue;
            }
            if (fields.Length < header.Length - 1)
            {
                parsed.Problem(null, line, null, $"The line has {fields.Length} fields where the header has {header.Length}; the file may be truncated.");
                continue;
            }
            var countryCode = fields[code].Trim();
            var place = locations.ByCode(countryCode);
            if (place is null)
            {
                parsed.ProblemInColumn(null, line, "Country Code", $"Unknown country code '{countryCode}' ({(nameColumn >= 0 ? fields[nameColumn] : "")}).");
                continue;
            }
            var indicator = fields[indicatorColumn].Trim();
            indicators.Add(indicator);
            foreach (var (index, year) in years)
            {
                var cell = index < fields.Length ? fields[index] : "";
                if (!Cells.TryNumber(cell, out var value))
                {
                    parsed.ProblemInColumn(null, line, header[index], $"Expected a number for {countryCode} {year}, found text {Cells.Describe(cell)}.");
                }
                else if (value is { } v)
                {
                    if (parsed.AddIndicator(indicator, place, year, v) is { } conflict)
                    {
                        parsed.ProblemInColumn(null, line, header[index], conflict);
                    }
                }
            }
        }
        if (header is null)
        {
            parsed.Problem(null, null, null, "No header line with 'Country Name, Country Code, Indicator Name, Indicator Code' was found.");
        }
        // The source names the indicators the file holds, so that files of one release holding other indicators sit
        // beside each other instead of replacing each other.
        if (indicators.Count > 0)
        {
            parsed.Source = DatasetSources.WithIndicators(DatasetSources.Wdi, indicators);
        }
        parsed.Revision = revision;
        if (revision is null)
        {
            parsed.Problem(null, null, null, "No 'Last Updated Date' line names the release; give one with --revision.");
        }
        return parsed;
    }
}
