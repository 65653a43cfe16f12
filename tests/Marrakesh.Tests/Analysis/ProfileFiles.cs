using System.Globalization;
using System.Text;
using Marrakesh.Tests.Datasets;

namespace Marrakesh.Tests.Analysis;

/// <summary>
/// A small UN DESA destination workbook (stock and population in thousands) and origin × destination CSV whose
/// figures give each State a known profile at the default thresholds (8% and 8%): ARE and USA destinations, MAR and MEX
/// origins, FRA a destination at 13.1% immigrants that a threshold of 15 makes transit/mixed.
/// </summary>
public static class ProfileFiles
{
    /// <summary>Name, M49 code, population in 2020 (thousands), immigrants in 2020, emigrants in 2019.</summary>
    public static readonly (string Name, string Iso3, int Code, double PopulationThousands, double Immigrants, double Emigrants)[] States =
    [
        ("United Arab Emirates", "ARE", 784, 10_000, 8_700_000, 200_000),
        ("Morocco", "MAR", 504, 36_000, 100_000, 3_200_000),
        ("France", "FRA", 250, 65_000, 8_500_000, 2_300_000),
        ("United States", "USA", 840, 330_000, 50_600_000, 2_900_000),
        ("Mexico", "MEX", 484, 128_000, 1_200_000, 11_200_000),
    ];

    public static readonly int[] Years = [2015, 2020];

    public static double ImmigrantShare(string iso3)
    {
        var s = States.Single(s => s.Iso3 == iso3);
        return Math.Round(100 * s.Immigrants / (s.PopulationThousands * 1000), 4);
    }

    public static double EmigrantShare(string iso3)
    {
        var s = States.Single(s => s.Iso3 == iso3);
        return Math.Round(100 * s.Emigrants / (s.PopulationThousands * 1000), 4);
    }

    public static byte[] DestinationWorkbook() => Xlsx.Write(("Table of contents", [["Contents"]]),
        ("Table 1", Table("Table 1: International migrant stock at mid-year by sex and by region, country or area of destination, 1990-2020",
            "International migrant stock at mid-year, both sexes combined", s => s.Immigrants, sum => sum)),
        ("Table 2", Table("Table 2: Total population at mid-year by sex and by region, country or area of destination, 1990-2020 (thousands)",
            "Total population at mid-year, both sexes combined (thousands)", s => s.PopulationThousands, _ => 7_794_799)));

    private static List<object?[]> Table(string title, string band, Func<(string Name, string Iso3, int Code, double PopulationThousands, double Immigrants, double Emigrants), double> value,
        Func<double, double> world)
    {
        var rows = new List<object?[]> { Array.Empty<object?>(), new object?[] { null, null, null, null, "International Migrant Stock 2020: Destination" },
            new object?[] { null, null, null, null, title }, new object?[] { null, null, null, null, "POP/DB/MIG/Stock/Rev.2020" } };
        while (rows.Count < 10)
        {
            rows.Add([]);
        }
        rows[7] = [null, null, null, null, null, band];
        rows.Add(["(sort)", "Region, development group, country or area", "Notes", "Location code", "Type of data", .. Years.Select(y => (object?)y.ToString(CultureInfo.InvariantCulture))]);
        var sum = States.Sum(s => value(s));
        rows.Add([1, "WORLD", null, 900, "", .. Years.Select(_ => (object?)world(sum))]);
        var sort = 2;
        foreach (var state in States)
        {
            rows.Add([sort++, "  " + state.Name, null, state.Code, "B", .. Years.Select(y => (object?)(y == 2020 ? value(state) : Math.Round(value(state) * 0.9)))]);
        }
        return rows;
    }

    /// <summary>UN DESA's origin × destination CSV for 2019: the WORLD row carries each origin's migrants abroad.</summary>
    public static byte[] OriginDestinationCsv()
    {
        var text = new StringBuilder();
        text.Append("Year,Destination,Total,Other South,Other North,").AppendJoin(',', States.Select(s => Quote(s.Name))).Append('\n');
        var total = States.Sum(s => s.Emigrants);
        text.Append("2019,WORLD,").Append(Number(total)).Append(",0,0,").AppendJoin(',', States.Select(s => Number(s.Emigrants))).Append('\n');
        // Country rows: what lies in the matrix body does not change the world row the profiles read.
        text.Append("2019,France,").Append(Number(1_000_000)).Append(",0,0,").AppendJoin(',', States.Select(s => s.Iso3 == "MAR" ? Number(1_000_000) : "")).Append('\n');
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Quote(string name) => name.Contains(',', StringComparison.Ordinal) ? $"\"{name}\"" : name;

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
