using System.Globalization;
using System.Text;

namespace Marrakesh.Tests.Datasets;

/// <summary>
/// Small files in the publishers' layouts, written by the tests: the UN DESA "by destination" workbook, a KNOMAD
/// bilateral matrix and a WDI API CSV. Options move things around the way revisions do.
/// </summary>
public static class PublishedLayouts
{
    /// <summary>The rows of the small migrant-stock workbook: name (indented as UN DESA does), M49 code, type of data.</summary>
    public static readonly (string Name, int Code, string Type)[] Places =
    [
        ("WORLD", 900, ""), ("  Sub-Saharan Africa", 947, ""), ("   Morocco", 504, "B R"), ("   France", 250, "B"), ("   Channel Islands*", 830, "B"),
    ];

    /// <summary>The migrant stock the fixture writes for a place, year and sex.</summary>
    public static double Stock(int code, int year, string sex)
    {
        var male = code * 600 + (year - 1990) * 6;
        var both = code * 1000 + (year - 1990) * 10;
        return sex switch { "male" => male, "female" => both - male, _ => both };
    }

    public static double Share(int code, int year, string sex) => Math.Round(code / 100.0 + (year - 1990) / 10.0 + (sex == "male" ? 0.5 : 0), 2);

    /// <param name="years">The years the revision has.</param>
    /// <param name="revisionMark">The revision line under the title.</param>
    /// <param name="headerRow">The spreadsheet row of the header (UN DESA 2020: 11).</param>
    /// <param name="sexOrder">The order of the sex bands.</param>
    /// <param name="codeFirst">Put the location code column before the name column.</param>
    /// <param name="tamper">Changes the rows of Table 1 after they are written (index 0 = spreadsheet row 1).</param>
    /// <param name="offset">Added to every migrant stock, to tell a re-import from the first.</param>
    public static byte[] MigrantStock(int[] years, string revisionMark = "POP/DB/MIG/Stock/Rev.2020", int headerRow = 11,
        string[]? sexOrder = null, bool codeFirst = false, Action<List<object?[]>>? tamper = null, double offset = 0)
    {
        sexOrder ??= ["both", "male", "female"];
        var stock = Table("Table 1: International migrant stock at mid-year by sex and by region, country or area of destination, 1990-2020",
            "International migrant stock at mid-year", years, sexOrder, revisionMark, headerRow, codeFirst, (c, y, s) => Stock(c, y, s) + offset);
        tamper?.Invoke(stock);
        var share = Table("Table 3: International migrant stock as a percentage of the total population by sex and by region, country or area of destination, 1990-2020",
            "International migrant stock as a percentage of the total population", years, sexOrder, revisionMark, headerRow, codeFirst, Share);
        return Xlsx.Write(("Table of contents", [["Contents"]]), ("Table 1", stock), ("Table 3", share), ("Notes", [["Two dots (..) indicate that data are not available"]]));
    }

    private static List<object?[]> Table(string title, string band, int[] years, string[] sexOrder, string revisionMark, int headerRow, bool codeFirst,
        Func<int, int, string, double> value)
    {
        var label = new Dictionary<string, string> { ["both"] = $"{band}, both sexes combined", ["male"] = $"{band}, males", ["female"] = $"{band}, females" };
        var rows = new List<object?[]>();
        while (rows.Count < headerRow - 1)
        {
            rows.Add([]);
        }
        rows[1] = [null, null, null, null, "International Migrant Stock 2020: Destination"];
        rows[2] = [null, null, null, null, title];
        rows[3] = [null, null, null, null, revisionMark];
        var lead = codeFirst
            ? new object?[] { null, "Location code", "Region, development group, country or area", "Notes", "Type of data" }
            : ["(sort)", "Region, development group, country or area", "Notes", "Location code", "Type of data"];
        var bands = new object?[lead.Length + years.Length * sexOrder.Length];
        for (var s = 0; s < sexOrder.Length; s++)
        {
            bands[lead.Length + s * years.Length] = label[sexOrder[s]];
        }
        rows[headerRow - 4] = bands;
        rows.Add([.. lead, .. sexOrder.SelectMany(_ => years.Select(y => (object?)y.ToString(CultureInfo.InvariantCulture)))]);
        var sort = 1;
        foreach (var (name, code, type) in Places)
        {
            object?[] first = codeFirst ? [null, code, name, null, type] : [sort++, name, null, code, type];
            rows.Add([.. first, .. sexOrder.SelectMany(s => years.Select(y => (object?)value(code, y, s)))]);
        }
        rows.Add([]);
        rows.Add([null, "NOTES: * see the Notes sheet"]);
        return rows;
    }

    /// <summary>A KNOMAD remittance matrix (receiving across, sending down, US$ million) with the World row and column.</summary>
    public static byte[] RemittanceMatrix(string title = "Bilateral Remittance Estimates for 2021 using Migrant Stocks, Host Country Incomes, and Origin Country Incomes (millions of US$) (December 2022 Version)",
        Action<List<object?[]>>? tamper = null)
    {
        string[] names = ["Egypt, Arab Rep.", "India", "Korea, Rep.", "Mexico", "United States"];
        var cells = new Dictionary<(string From, string To), double>
        {
            [("United States", "Mexico")] = 52595.3, [("United States", "India")] = 15808.0, [("Korea, Rep.", "India")] = 120.5,
            [("Mexico", "United States")] = 30.25, [("Egypt, Arab Rep.", "India")] = 12.0, [("India", "Egypt, Arab Rep.")] = 7.5,
        };
        var rows = new List<object?[]>
        {
            new object?[] { title },
            new object?[] { "Remittance-receiving country (across)      -      Remittance-sending country (down) " }.Concat(names.Append("WORLD")).ToArray(),
        };
        foreach (var from in names)
        {
            rows.Add([from, .. names.Select(to => cells.TryGetValue((from, to), out var v) ? (object?)v : null), cells.Where(c => c.Key.From == from).Sum(c => c.Value)]);
        }
        rows.Add(["WORLD", .. names.Select(to => (object?)cells.Where(c => c.Key.To == to).Sum(c => c.Value)), cells.Values.Sum()]);
        rows.Add([]);
        rows.Add(["Note: All numbers are in current (nominal) US $."]);
        tamper?.Invoke(rows);
        return Xlsx.Write(("FINAL BRM 2021 ", rows));
    }

    /// <summary>A WDI API CSV: BOM, preamble, CRLF, a trailing comma on every line, "" for no figure.</summary>
    public static byte[] WdiCsv(string lastUpdated = "2025-07-01", string? extraLine = null)
    {
        var lines = new List<string>
        {
            "\"Data Source\",\"World Development Indicators\",", "", $"\"Last Updated Date\",\"{lastUpdated}\",", "",
            "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2019\",\"2020\",\"2021\",",
            "\"Morocco\",\"MAR\",\"Personal remittances, received (current US$)\",\"BX.TRF.PWKR.CD.DT\",\"6970000000\",\"7420000000\",\"\",",
            "\"India\",\"IND\",\"Personal remittances, received (current US$)\",\"BX.TRF.PWKR.CD.DT\",\"83332078002\",\"83149172934\",\"89375152218\",",
            "\"Hong Kong SAR, China\",\"HKG\",\"Personal remittances, received (current US$)\",\"BX.TRF.PWKR.CD.DT\",\"\",\"\",\"\",",
            "\"Low & middle income\",\"LMY\",\"Personal remittances, received (current US$)\",\"BX.TRF.PWKR.CD.DT\",\"483737330065\",\"488780534499\",\"553816580788\",",
            "\"World\",\"WLD\",\"Personal remittances, received (current US$)\",\"BX.TRF.PWKR.CD.DT\",\"659353250544\",\"661681569762\",\"740973638779\",",
        };
        if (extraLine is not null)
        {
            lines.Add(extraLine);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")];
    }
}
