using System.Globalization;
using CsvHelper;

namespace Marrakesh.Tests.Datasets;

/// <summary>The explicit name table: publishers' spellings to ISO3, and their aggregates kept as aggregates.</summary>
public sealed class MatchingPublisherNames
{
    private static List<Dictionary<string, string>> Read(string file)
    {
        using var stream = typeof(Program).Assembly.GetManifestResourceStream($"Marrakesh.Data.{file}")!;
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        return [.. csv.GetRecords<dynamic>().Select(r => ((IDictionary<string, object>)r).ToDictionary(p => p.Key, p => (string)p.Value))];
    }

    [Theory]
    [InlineData("Egypt, Arab Rep.", "EGY")]
    [InlineData("Korea, Rep.", "KOR")]
    [InlineData("Korea, Dem. Rep.", "PRK")]
    [InlineData("Congo, Dem. Rep.", "COD")]
    [InlineData("Congo, Rep.", "COG")]
    [InlineData("Venezuela, RB", "VEN")]
    [InlineData("West Bank and Gaza", "PSE")]
    [InlineData("China, Hong Kong SAR", "HKG")]
    [InlineData("Türkiye, Rep. of", "TUR")]
    [InlineData("Kosovo", "XKX")]
    public void A_publisher_spelling_names_its_ISO3_code(string name, string iso3) =>
        Assert.Equal(iso3, Read("publisher_names.csv").Single(r => r["name"] == name && r["kind"] == "country")["code"]);

    [Theory]
    [InlineData("World", "WLD")]
    [InlineData("Other North", "OTHER_NORTH")]
    [InlineData("Other South", "OTHER_SOUTH")]
    [InlineData("Low-and Middle-Income Countries", "LMY")]
    [InlineData("High-income countries", "UN1503")]
    [InlineData("Sub-Saharan Africa", "UN947")]
    public void Aggregates_keep_codes_of_their_own(string name, string code) =>
        Assert.Equal(code, Read("publisher_names.csv").First(r => r["name"] == name && r["kind"] == "aggregate")["code"]);

    [Fact]
    public void Every_country_entry_names_an_ISO3_code_of_the_reference_table_or_a_World_Bank_code_said_so()
    {
        var iso3 = Read("areas.csv").Select(r => r["iso3"]).ToHashSet();
        var countries = Read("publisher_names.csv").Where(r => r["kind"] == "country").ToList();

        Assert.NotEmpty(countries);
        Assert.All(countries, r => Assert.True(iso3.Contains(r["code"]) || r["code"] == "XKX", $"{r["name"]} → {r["code"]} is not in areas.csv"));
        Assert.Equal(249 + 1, iso3.Count); // ISO 3166-1 plus the Channel Islands (UN DESA 830, World Bank CHI)
    }
}
