using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Marrakesh.Modules.Datasets.Importing;

/// <summary>
/// Reads UN DESA's origin × destination matrix as CSV ("Year, Destination, Total, Other South, Other North,
/// &lt;origin countries&gt; …"): one row per destination and year, one column per origin, named (no codes), so
/// every name goes through the name table. The Total column is the world as origin.
/// </summary>
internal static class OriginDestinationCsv
{
    public static ParsedDataset Parse(byte[] content, Locations locations, int? onlyYear, string? revision)
    {
        var parsed = new ParsedDataset
        {
            Source = DatasetSources.OriginDestination, Holds = "corridors-migrants",
            Title = "UN DESA, International Migrant Stock by destination and origin",
        };
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            parsed.Problem(null, null, null, "The file is not UTF-8 text.");
            return parsed;
        }
        using var csv = new CsvReader(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, BadDataFound = null });
        if (!csv.Read())
        {
            parsed.Problem(null, null, null, "The file is empty.");
            return parsed;
        }
        var header = csv.Parser.Record!.Select(h => h.Trim()).ToArray();
        var yearColumn = Array.IndexOf(header, "Year");
        var destinationColumn = Array.IndexOf(header, "Destination");
        if (yearColumn < 0 || destinationColumn < 0)
        {
            parsed.ProblemInColumn(null, 1, yearColumn < 0 ? "Year" : "Destination", "The header needs the columns 'Year' and 'Destination', then one column per origin.");
            return parsed;
        }
        var origins = new List<(int Index, Place Place)>();
        for (var c = 0; c < header.Length; c++)
        {
            if (c == yearColumn || c == destinationColumn || header[c].Length == 0)
            {
                continue;
            }
            if (locations.ByName(header[c]) is { IsHeading: false } place)
            {
                origins.Add((c, place));
            }
            else
            {
                parsed.ProblemInColumn(null, 1, header[c], $"Unknown origin '{header[c]}': add it to the name table if it is a publisher's spelling.");
            }
        }
        var years = new HashSet<int>();
        while (csv.Read())
        {
            var line = csv.Parser.Row;
            var fields = csv.Parser.Record!;
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            if (Cells.Year(fields[yearColumn]) is not { } year)
            {
                parsed.ProblemInColumn(null, line, "Year", $"Expected a year, found {Cells.Describe(fields[yearColumn])}.");
                continue;
            }
            if (onlyYear is not null && year != onlyYear)
            {
                continue;
            }
            years.Add(year);
            var name = fields[destinationColumn];
            var destination = locations.ByName(name);
            if (destination is null)
            {
                parsed.ProblemInColumn(null, line, "Destination", $"Unknown destination '{name}': add it to the name table if it is a publisher's spelling.");
                continue;
            }
            if (destination.IsHeading)
            {
                continue; // a group heading ("Geographic regions") with ".." in every column
            }
            foreach (var (index, origin) in origins)
            {
                var cell = index < fields.Length ? fields[index] : "";
                if (!Cells.TryNumber(cell, out var value))
                {
                    parsed.ProblemInColumn(null, line, header[index], $"Expected a number for {origin.Name} → {destination.Name} {year}, found text {Cells.Describe(cell)}.");
                }
                else if (value is { } v)
                {
                    if (parsed.AddCorridor(year, origin, destination, v) is { } conflict)
                    {
                        parsed.ProblemInColumn(null, line, header[index], conflict);
                    }
                }
            }
        }
        if (revision is null && years.Count > 0)
        {
            revision = $"Rev.{years.Max()}";
            parsed.Notes.Add($"The file names no revision; it was labelled {revision} after its latest year (give --revision to name it otherwise).");
        }
        parsed.Revision = revision;
        return parsed;
    }
}
