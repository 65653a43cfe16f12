using System.Globalization;
using System.Text;
using Marrakesh.Modules.Datasets.Importing;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Datasets;

/// <summary>
/// Figures are stored a row per series or matrix row, many rows per statement on SQLite (binary COPY on PostgreSQL):
/// every row lands exactly once, including those of a last, partial batch, and a re-import replaces them all, leaving
/// no figure without its import.
/// </summary>
public sealed class WritingFiguresInBatches(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    private static readonly string[] Codes = ["MAR", "IND", "USA", "MEX", "FRA", "PHL", "WLD"];
    private static readonly string[] Names = ["Morocco", "India", "France", "Mexico", "Philippines"];

    private static double Indicator(int place, int year) => (place + 1) * 10_000 + year + 0.25;

    private static double Migrants(int origin, int destination, int year) => (origin + 1) * 1_000_000 + (destination + 1) * 10_000 + year;

    private async Task<double> ValueAsync(string url) =>
        (await (await app.CreateClient().GetAsync(url)).ShouldBeJsonAsync()).Items().Single().GetProperty("value").GetDouble();

    [Fact]
    public async Task Every_indicator_value_is_written_once_in_the_indicators_row_and_a_replace_leaves_none_behind()
    {
        var years = Enumerable.Range(1960, 45).ToArray();
        var lines = new List<string>
        {
            "\"Last Updated Date\",\"2030-01-01\",",
            $"\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",{string.Join(",", years.Select(y => $"\"{y}\""))},",
        };
        lines.AddRange(Codes.Select((code, i) =>
            $"\"{code}\",\"{code}\",\"Test series\",\"TEST.BATCH\",{string.Join(",", years.Select(y => $"\"{Indicator(i, y).ToString(CultureInfo.InvariantCulture)}\""))},"));
        var file = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

        (await app.ImportAsync(file, "API_TEST.BATCH.csv", "wdi")).ShouldSucceed();
        var replaced = await app.ImportAsync(file, "API_TEST.BATCH.csv", "wdi");

        replaced.ShouldSucceed();
        Assert.Contains("Replaced", replaced.Output);
        Assert.Contains($"{Codes.Length * years.Length} figures", replaced.Output);
        Assert.Equal(1, await app.Database.CountAsync("datasets_indicator_tables WHERE \"Indicator\" = 'TEST.BATCH'"));
        foreach (var table in new[] { "datasets_indicator_tables", "datasets_corridor_rows", "datasets_stock_series" })
        {
            // No foreign key holds figures to their import (DatasetFacts): the importer does, and a replace leaves none behind.
            Assert.Equal(0, await app.Database.CountAsync($"{table} WHERE \"ImportId\" NOT IN (SELECT \"Id\" FROM datasets_imports)"));
        }
        Assert.Equal(Indicator(0, 1960), await ValueAsync("/api/indicators/TEST.BATCH?state=MAR&from=1960&to=1960"));
        Assert.Equal(Indicator(3, 1985), await ValueAsync("/api/indicators/TEST.BATCH?state=MEX&from=1985&to=1985"));
        Assert.Equal(Indicator(6, 2004), await ValueAsync("/api/indicators/TEST.BATCH?state=WLD&from=2004&to=2004"));
    }

    [Fact]
    public async Task Every_corridor_is_written_once_including_the_last_partial_batch()
    {
        var years = Enumerable.Range(1950, 61).ToArray();
        var expected = years.Length * Names.Length; // a row per year and origin
        Assert.True(expected > 2 * SqliteInsert.BatchRows && expected % SqliteInsert.BatchRows != 0, "the file should end on a partial batch");
        var lines = new List<string> { $"Year,Destination,{string.Join(",", Names)}" };
        lines.AddRange(years.SelectMany(y => Names.Select((destination, d) =>
            $"{y},{destination},{string.Join(",", Names.Select((_, o) => Migrants(o, d, y).ToString(CultureInfo.InvariantCulture)))}")));
        var file = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

        (await app.ImportAsync(file, "od.csv", "bilateral", "--kind", "migrants", "--revision", "Batch test")).ShouldSucceed();

        Assert.Equal(expected, await app.Database.CountAsync("datasets_corridor_rows WHERE \"Year\" BETWEEN 1950 AND 2010"));
        Assert.Equal(Migrants(0, 0, 1950), await ValueAsync("/api/corridors?kind=migrants&year=1950&origin=MAR&destination=MAR&revision=Batch%20test"));
        Assert.Equal(Migrants(2, 4, 1996), await ValueAsync("/api/corridors?kind=migrants&year=1996&origin=FRA&destination=PHL&revision=Batch%20test"));
        Assert.Equal(Migrants(4, 3, 2010), await ValueAsync("/api/corridors?kind=migrants&year=2010&origin=PHL&destination=MEX&revision=Batch%20test"));
        var lastYear = await app.CreateClient().GetAsync("/api/corridors?kind=migrants&year=2010&revision=Batch%20test");
        Assert.Equal(Names.Length * Names.Length, (await lastYear.ShouldBeJsonAsync()).GetProperty("total").GetInt32());
    }
}
