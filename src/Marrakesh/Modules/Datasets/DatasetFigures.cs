namespace Marrakesh.Modules.Datasets;

/// <summary>
/// One indicator of one import, decoded and ordered by place and year. An import's figures never change (a re-import
/// is a new import), so <see cref="DatasetCatalog"/> holds these for as long as it holds the imports: a State's page
/// then reads no indicator row at all, where decoding the three it shows took several milliseconds and large strings.
/// </summary>
public sealed class IndicatorFigures
{
    private readonly Dictionary<string, List<FigureJson.PlaceYearValue>> byPlace;
    private readonly HashSet<string> aggregateCodes;

    private IndicatorFigures(List<FigureJson.PlaceYearValue> places, List<FigureJson.PlaceYearValue> aggregates)
    {
        Places = Ordered(places);
        Aggregates = Ordered(aggregates);
        aggregateCodes = [.. Aggregates.Select(v => v.Code)];
        byPlace = Places.Concat(Aggregates).GroupBy(v => v.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    public static IndicatorFigures From(IndicatorTable table) =>
        new(FigureJson.ReadPlaceYears(table.Places), FigureJson.ReadPlaceYears(table.AggregatePlaces));

    /// <summary>Countries and areas, by code then year.</summary>
    public IReadOnlyList<FigureJson.PlaceYearValue> Places { get; }

    /// <summary>The world, regions and groups, by code then year.</summary>
    public IReadOnlyList<FigureJson.PlaceYearValue> Aggregates { get; }

    /// <summary>One place's values by year (none for a place the indicator does not cover).</summary>
    public IReadOnlyList<FigureJson.PlaceYearValue> Of(string code) => byPlace.GetValueOrDefault(code) ?? [];

    public bool IsAggregate(string code) => aggregateCodes.Contains(code);

    private static List<FigureJson.PlaceYearValue> Ordered(List<FigureJson.PlaceYearValue> values) =>
        [.. values.OrderBy(v => v.Code, StringComparer.Ordinal).ThenBy(v => v.Year)];
}

/// <summary>One cell of a corridor matrix, with whether each end is an aggregate.</summary>
public readonly record struct CorridorCell(string Origin, string Destination, double Value, bool OriginIsAggregate, bool DestinationIsAggregate);

/// <summary>
/// One year of an import's corridor matrix, decoded and ordered as the rankings read it (largest first, then origin and
/// destination), held by <see cref="DatasetCatalog"/> like <see cref="IndicatorFigures"/>.
/// </summary>
public sealed class CorridorFigures(IReadOnlyList<CorridorCell> cells)
{
    public IReadOnlyList<CorridorCell> Cells { get; } = cells;

    public static CorridorFigures From(IEnumerable<CorridorRow> rows) =>
        new([.. rows.SelectMany(row =>
                FigureJson.ReadPlaces(row.Destinations).Select(c => new CorridorCell(row.Origin, c.Code, c.Value, row.OriginIsAggregate, false))
                    .Concat(FigureJson.ReadPlaces(row.AggregateDestinations).Select(c => new CorridorCell(row.Origin, c.Code, c.Value, row.OriginIsAggregate, true))))
            .OrderByDescending(c => c.Value).ThenBy(c => c.Origin, StringComparer.Ordinal).ThenBy(c => c.Destination, StringComparer.Ordinal)]);
}
