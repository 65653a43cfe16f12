namespace Marrakesh.Modules.Datasets.Importing;

/// <summary>
/// Everything one file yields, held in memory until it has been checked through: the figures, the names of
/// the locations they use, what was deliberately left aside (notes) and every problem found.
/// </summary>
internal sealed class ParsedDataset
{
    private readonly Dictionary<(string, string, int, string), MigrantStockValue> stock = [];
    private readonly Dictionary<(int, string, string), CorridorValue> corridors = [];
    private readonly Dictionary<(string, string, int), IndicatorValue> indicators = [];

    public required string Source { get; set; }
    public string? Revision { get; set; }
    public required string Holds { get; init; }
    public required string Title { get; set; }
    public List<ImportProblem> Problems { get; } = [];
    /// <summary>Parts of the file deliberately not imported, said plainly (e.g. "Table 5: rates of change are derived figures").</summary>
    public List<string> Notes { get; } = [];
    public Dictionary<string, Place> Places { get; } = [];

    // The figures in the order of each table's primary key, for writing: rows that come in key order are appended to
    // the key's index instead of splitting its pages all over (a DataBank export lists indicators country by country,
    // while its table's key starts with the indicator: written in file order, its figures took half again as long).
    public IReadOnlyList<MigrantStockValue> StockInKeyOrder()
    {
        var measures = KeyOrder.Ranks(stock.Values.Select(v => v.Measure));
        var locations = KeyOrder.Ranks(stock.Values.Select(v => v.Location));
        var sexes = KeyOrder.Ranks(stock.Values.Select(v => v.Sex));
        return KeyOrder.Sort(stock.Values, v => KeyOrder.Pack(measures[v.Measure], locations[v.Location], KeyOrder.Year(v.Year), sexes[v.Sex]));
    }

    public IReadOnlyList<CorridorValue> CorridorsInKeyOrder()
    {
        var places = KeyOrder.Ranks(corridors.Values.SelectMany(v => new[] { v.Origin, v.Destination }));
        return KeyOrder.Sort(corridors.Values, v => KeyOrder.Pack(KeyOrder.Year(v.Year), places[v.Origin], places[v.Destination]));
    }

    public IReadOnlyList<IndicatorValue> IndicatorsInKeyOrder()
    {
        var names = KeyOrder.Ranks(indicators.Values.Select(v => v.Indicator));
        var locations = KeyOrder.Ranks(indicators.Values.Select(v => v.Location));
        return KeyOrder.Sort(indicators.Values, v => KeyOrder.Pack(names[v.Indicator], locations[v.Location], KeyOrder.Year(v.Year)));
    }

    public int Rows => stock.Count + corridors.Count + indicators.Count;

    /// <summary>The earliest year of a figure (0 when there is none).</summary>
    public int FirstYear { get; private set; }

    /// <summary>The latest year of a figure (0 when there is none).</summary>
    public int LastYear { get; private set; }

    private void Span(int year)
    {
        FirstYear = FirstYear == 0 ? year : Math.Min(FirstYear, year);
        LastYear = Math.Max(LastYear, year);
    }

    public void Problem(string? sheet, int? row, int? column, string message)
    {
        if (Problems.Count < ImportRejectedException.MaxReported)
        {
            Problems.Add(new ImportProblem(sheet, row, column is null ? null : ImportProblem.ColumnLetter(column.Value), message));
        }
    }

    public void ProblemInColumn(string? sheet, int? row, string column, string message)
    {
        if (Problems.Count < ImportRejectedException.MaxReported)
        {
            Problems.Add(new ImportProblem(sheet, row, column, message));
        }
    }

    private void Use(Place place) => Places.TryAdd(place.Code, place);

    /// <summary>Adds a figure; the same figure twice (UN DESA repeats some regions) is fine, two different ones are a problem.</summary>
    public void AddStock(Place place, string measure, int year, string sex, double value, Action<string> conflict)
    {
        Use(place);
        var key = (measure, place.Code, year, sex);
        if (stock.TryGetValue(key, out var existing))
        {
            if (Math.Abs(existing.Value - value) > 1e-9 * Math.Max(1, Math.Abs(value)))
            {
                conflict($"{place.Name} ({place.Code}) {year} {sex} {measure} appears twice with different values ({existing.Value} and {value}).");
            }
            return;
        }
        Span(year);
        stock[key] = new MigrantStockValue { Measure = measure, Location = place.Code, IsAggregate = place.IsAggregate, Year = year, Sex = sex, Value = value };
    }

    public void AddCorridor(string kind, int year, Place origin, Place destination, double value, Action<string> conflict)
    {
        Use(origin);
        Use(destination);
        var key = (year, origin.Code, destination.Code);
        if (corridors.TryGetValue(key, out var existing))
        {
            if (existing.Value != value)
            {
                conflict($"The corridor {origin.Name} → {destination.Name} ({year}) appears twice with different values.");
            }
            return;
        }
        Span(year);
        corridors[key] = new CorridorValue
        {
            Kind = kind, Year = year, Origin = origin.Code, Destination = destination.Code,
            OriginIsAggregate = origin.IsAggregate, DestinationIsAggregate = destination.IsAggregate, Value = value,
        };
    }

    public void AddIndicator(string indicator, Place place, int year, double value, Action<string> conflict)
    {
        Use(place);
        var key = (indicator, place.Code, year);
        if (indicators.TryGetValue(key, out var existing))
        {
            if (existing.Value != value)
            {
                conflict($"{indicator} for {place.Name} ({year}) appears twice with different values.");
            }
            return;
        }
        Span(year);
        indicators[key] = new IndicatorValue { Indicator = indicator, Location = place.Code, IsAggregate = place.IsAggregate, Year = year, Value = value };
    }
}
