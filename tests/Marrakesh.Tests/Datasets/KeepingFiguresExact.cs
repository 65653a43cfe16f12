using Marrakesh.Modules.Datasets;

namespace Marrakesh.Tests.Datasets;

/// <summary>
/// Figures are stored as JSON text (ADR 0011): every double must come back exactly, including those that need 17
/// significant digits, which a writer printing 15 (as SQLite's JSON functions do) would change.
/// </summary>
public sealed class KeepingFiguresExact
{
    public static TheoryData<double> Awkward => [0.1 + 0.2, 1.0 / 3, 1234.567 * 1e6, 5e-324, 1.7976931348623157e308, 280_598_105, 0];

    [Theory]
    [MemberData(nameof(Awkward))]
    public void Every_kind_of_figure_comes_back_exactly(double value)
    {
        var stock = FigureJson.ReadStock(FigureJson.Write([new FigureJson.StockPoint(2020, "female", value)])).Single();
        var place = FigureJson.ReadPlaces(FigureJson.Write([new FigureJson.PlaceValue("MAR", value)])).Single();
        var year = FigureJson.ReadPlaceYears(FigureJson.Write([new FigureJson.PlaceYearValue("WLD", 2019, value)])).Single();

        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(stock.Value));
        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(place.Value));
        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(year.Value));
        Assert.Equal((2020, "female", "MAR", "WLD", 2019), (stock.Year, stock.Sex, place.Code, year.Code, year.Year));
    }

    [Fact]
    public void A_figure_is_written_in_its_shortest_exact_form()
    {
        Assert.Equal("[[\"MAR\",0.30000000000000004]]", FigureJson.Write([new FigureJson.PlaceValue("MAR", 0.1 + 0.2)]).Replace(" ", "", StringComparison.Ordinal));
    }
}
