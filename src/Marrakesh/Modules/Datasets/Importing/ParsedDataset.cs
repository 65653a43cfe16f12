using System.Runtime.InteropServices;

namespace Marrakesh.Modules.Datasets.Importing;

/// <summary>
/// Everything one file yields, held in memory until it has been checked through: the figures, the names of
/// the locations they use, what was deliberately left aside (notes) and every problem found.
/// </summary>
internal sealed class ParsedDataset
{
    // Figures grouped as the tables store them (a series per measure and place, a row per year and origin, a table per
    // indicator), each group keyed by the rest of the figure's key to find a figure given twice.
    private readonly Dictionary<(string Measure, string Location), Group<(int Year, string Sex)>> stock = [];
    private readonly Dictionary<(int Year, string Origin), Group<string>> corridors = [];
    private readonly Dictionary<string, Group<(string Location, int Year)>> indicators = [];

    /// <summary>The figures of one row; <see cref="Place"/> is the place the whole row is about, if it is about one.</summary>
    private sealed class Group<TKey>(Place? place) where TKey : notnull
    {
        public Place? Place { get; } = place;
        public Dictionary<TKey, (Place Place, double Value)> Figures { get; } = [];
    }

    public required string Source { get; set; }
    public string? Revision { get; set; }
    public required string Holds { get; init; }
    public required string Title { get; set; }
    public List<ImportProblem> Problems { get; } = [];
    /// <summary>Parts of the file deliberately not imported, said plainly (e.g. "Table 5: rates of change are derived figures").</summary>
    public List<string> Notes { get; } = [];
    public Dictionary<string, Place> Places { get; } = [];

    // The rows in the order of each table's key (ordinal, as SQLite compares text), so that they are appended to the
    // key's index; the figures within a row in the order the file gives them (readers order what they show).
    public IEnumerable<MigrantStockSeries> StockSeries(Guid importId) =>
        stock.OrderBy(g => g.Key.Measure, StringComparer.Ordinal).ThenBy(g => g.Key.Location, StringComparer.Ordinal)
            .Select(g => new MigrantStockSeries
            {
                ImportId = importId, Measure = g.Key.Measure, Location = g.Key.Location, IsAggregate = g.Value.Place!.IsAggregate,
                Points = FigureJson.Write(g.Value.Figures.Select(f => new FigureJson.StockPoint(f.Key.Year, f.Key.Sex, f.Value.Value))),
            });

    public IEnumerable<CorridorRow> CorridorRows(Guid importId) =>
        corridors.OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Origin, StringComparer.Ordinal)
            .Select(g => new CorridorRow
            {
                ImportId = importId, Year = g.Key.Year, Origin = g.Key.Origin, OriginIsAggregate = g.Value.Place!.IsAggregate,
                Destinations = Cells(g.Value, aggregates: false),
                AggregateDestinations = Cells(g.Value, aggregates: true),
            });

    private static string Cells(Group<string> row, bool aggregates) =>
        FigureJson.Write(row.Figures.Where(f => f.Value.Place.IsAggregate == aggregates).Select(f => new FigureJson.PlaceValue(f.Key, f.Value.Value)));

    public IEnumerable<IndicatorTable> IndicatorTables(Guid importId) =>
        indicators.OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new IndicatorTable
            {
                ImportId = importId, Indicator = g.Key,
                Places = Values(g.Value, aggregates: false),
                AggregatePlaces = Values(g.Value, aggregates: true),
            });

    private static string Values(Group<(string Location, int Year)> table, bool aggregates) =>
        FigureJson.Write(table.Figures.Where(f => f.Value.Place.IsAggregate == aggregates)
            .Select(f => new FigureJson.PlaceYearValue(f.Key.Location, f.Key.Year, f.Value.Value)));

    /// <summary>How many series, matrix rows or indicator tables are of a kind other than <paramref name="kind"/>.</summary>
    public int GroupsOtherThan(FigureKind kind) =>
        (kind == FigureKind.StockSeries ? 0 : stock.Count)
        + (kind == FigureKind.CorridorRows ? 0 : corridors.Count)
        + (kind == FigureKind.IndicatorTables ? 0 : indicators.Count);

    /// <summary>How many figures the file gave.</summary>
    public int Rows { get; private set; }

    /// <summary>The earliest year of a figure (0 when there is none).</summary>
    public int FirstYear { get; private set; }

    /// <summary>The latest year of a figure (0 when there is none).</summary>
    public int LastYear { get; private set; }

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

    // Each Add returns null, or the problem when the figure was given before with another value; the caller says where.
    // (A callback would cost an allocation for every figure.)

    /// <summary>Adds a figure; the same figure twice (UN DESA repeats some regions) is fine, two different ones are a problem.</summary>
    public string? AddStock(Place place, string measure, int year, string sex, double value) =>
        Add(stock, (measure, place.Code), place, (year, sex), place, year, value) is { } existing
            && Math.Abs(existing - value) > 1e-9 * Math.Max(1, Math.Abs(value))
            ? $"{place.Name} ({place.Code}) {year} {sex} {measure} appears twice with different values ({existing} and {value})."
            : null;

    public string? AddCorridor(int year, Place origin, Place destination, double value) =>
        Add(corridors, (year, origin.Code), origin, destination.Code, destination, year, value) is { } existing && existing != value
            ? $"The corridor {origin.Name} → {destination.Name} ({year}) appears twice with different values."
            : null;

    public string? AddIndicator(string indicator, Place place, int year, double value) =>
        Add(indicators, indicator, null, (place.Code, year), place, year, value) is { } existing && existing != value
            ? $"{indicator} for {place.Name} ({year}) appears twice with different values."
            : null;

    /// <summary>Adds a figure to its group; returns the value already there, if the figure was given before.</summary>
    private double? Add<TGroupKey, TKey>(Dictionary<TGroupKey, Group<TKey>> groups, TGroupKey groupKey, Place? groupPlace, TKey key, Place place, int year, double value)
        where TGroupKey : notnull where TKey : notnull
    {
        if (groupPlace is not null)
        {
            Places.TryAdd(groupPlace.Code, groupPlace);
        }
        Places.TryAdd(place.Code, place);
        if (!groups.TryGetValue(groupKey, out var group))
        {
            groups[groupKey] = group = new Group<TKey>(groupPlace);
        }
        ref var figure = ref CollectionsMarshal.GetValueRefOrAddDefault(group.Figures, key, out var given);
        if (given)
        {
            return figure.Value;
        }
        figure = (place, value);
        Rows++;
        FirstYear = FirstYear == 0 ? year : Math.Min(FirstYear, year);
        LastYear = Math.Max(LastYear, year);
        return null;
    }
}
