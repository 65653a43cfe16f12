using Marrakesh.Modules.Datasets.Importing;

namespace Marrakesh.Tests.Datasets;

/// <summary>
/// The writers take figures in the order of each table's key, compared as the databases compare text (ordinal:
/// upper case before lower case, "Z" before "a"). KeyOrder gets there by packing ranks into numbers; these tests hold it
/// to the plain part-by-part comparison, on figures added in a scrambled order.
/// </summary>
public sealed class OrderingFiguresByKey
{
    private static readonly string[] Codes = ["ZAF", "abw", "MAR", "AFG", "WLD", "Zmb", "EAS", "mar"];
    private static readonly int[] Years = [2200, 1800, 2020, 1990, 2019, 2000];

    [Fact]
    public void Indicators_come_out_by_indicator_then_location_then_year()
    {
        var parsed = Parsed();
        foreach (var (code, year, indicator) in Scrambled(Codes, Years, ["SM.POP.TOTL", "BX.TRF.PWKR.CD.DT", "bx.lower", "SP.POP.TOTL"]))
        {
            parsed.AddIndicator(indicator, Place(code), year, year, Fail);
        }

        var written = parsed.IndicatorsInKeyOrder();

        Assert.Equal(Codes.Length * Years.Length * 4, written.Count);
        AssertOrdered(written, (a, b) => Compare(a.Indicator, b.Indicator) ?? Compare(a.Location, b.Location) ?? a.Year.CompareTo(b.Year));
    }

    [Fact]
    public void Migrant_stock_comes_out_by_measure_then_location_then_year_then_sex()
    {
        var parsed = Parsed();
        foreach (var (code, year, measure) in Scrambled(Codes, Years, ["stock", "share", "refugees", "Population"]))
        {
            foreach (var sex in new[] { "male", "both", "female" })
            {
                parsed.AddStock(Place(code), measure, year, sex, year, Fail);
            }
        }

        var written = parsed.StockInKeyOrder();

        Assert.Equal(Codes.Length * Years.Length * 4 * 3, written.Count);
        AssertOrdered(written, (a, b) => Compare(a.Measure, b.Measure) ?? Compare(a.Location, b.Location) ?? (a.Year != b.Year ? a.Year.CompareTo(b.Year) : string.CompareOrdinal(a.Sex, b.Sex)));
    }

    [Fact]
    public void Corridors_come_out_by_year_then_origin_then_destination()
    {
        var parsed = Parsed();
        foreach (var (origin, year, destination) in Scrambled(Codes, Years, Codes))
        {
            parsed.AddCorridor("migrants", year, Place(origin), Place(destination), year, Fail);
        }

        var written = parsed.CorridorsInKeyOrder();

        Assert.Equal(Codes.Length * Years.Length * Codes.Length, written.Count);
        AssertOrdered(written, (a, b) => a.Year != b.Year ? a.Year.CompareTo(b.Year) : Compare(a.Origin, b.Origin) ?? string.CompareOrdinal(a.Destination, b.Destination));
    }

    private static ParsedDataset Parsed() => new() { Source = "test", Holds = "test", Title = "test" };

    private static Place Place(string code) => new(code, code, IsAggregate: code is "WLD" or "EAS");

    private static void Fail(string conflict) => Assert.Fail(conflict);

    /// <summary>Every combination once, in an order that is not the key's (a fixed shuffle, so a failure repeats).</summary>
    private static IEnumerable<(string, int, string)> Scrambled(string[] first, int[] years, string[] third)
    {
        var all = (from a in first from y in years from c in third select (a, y, c)).ToList();
        var random = new Random(2018);
        return all.OrderBy(_ => random.Next()).ToList();
    }

    /// <summary>Ordinal comparison of one key part, or null when equal (then the next part decides).</summary>
    private static int? Compare(string a, string b) => string.CompareOrdinal(a, b) is var c && c != 0 ? c : null;

    private static void AssertOrdered<T>(IReadOnlyList<T> written, Func<T, T, int> compare)
    {
        for (var i = 1; i < written.Count; i++)
        {
            Assert.True(compare(written[i - 1], written[i]) < 0, $"Figures {i - 1} and {i} are out of key order: {written[i - 1]} then {written[i]}.");
        }
    }
}
