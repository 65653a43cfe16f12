namespace Marrakesh.Modules.Datasets.Importing;

/// <summary>The kind of value a figures column holds, as the bulk writers bind it.</summary>
internal enum FigureColumnType
{
    /// <summary>The import's id: uuid on PostgreSQL, upper-case text on SQLite (as EF Core stores a Guid there).</summary>
    ImportId,
    Key,
    Number,
    Flag,
    Json,
}

/// <summary>One column of a figures table and how to read its value from a row.</summary>
internal sealed record FigureColumn<T>(string Name, FigureColumnType Type, Func<T, object> Value);

/// <summary>A figures table: its name and columns, in the order the bulk writers send them.</summary>
internal sealed record FigureTable<T>(string Name, IReadOnlyList<FigureColumn<T>> Columns);

/// <summary>
/// The three figures tables, written down once: EF Core's model (<see cref="DatasetFactsConfiguration"/>), the delete
/// of a replaced import (<see cref="BulkInsert"/>) and both bulk writers (<see cref="PostgresCopy"/>,
/// <see cref="SqliteInsert"/>) take their names and columns from here.
/// </summary>
internal static class FigureTables
{
    public static readonly FigureTable<MigrantStockSeries> Stock = new("datasets_stock_series",
    [
        new("ImportId", FigureColumnType.ImportId, v => v.ImportId),
        new("Measure", FigureColumnType.Key, v => v.Measure),
        new("Location", FigureColumnType.Key, v => v.Location),
        new("IsAggregate", FigureColumnType.Flag, v => v.IsAggregate),
        new("Points", FigureColumnType.Json, v => v.Points),
    ]);

    public static readonly FigureTable<CorridorRow> Corridors = new("datasets_corridor_rows",
    [
        new("ImportId", FigureColumnType.ImportId, v => v.ImportId),
        new("Year", FigureColumnType.Number, v => v.Year),
        new("Origin", FigureColumnType.Key, v => v.Origin),
        new("OriginIsAggregate", FigureColumnType.Flag, v => v.OriginIsAggregate),
        new("Destinations", FigureColumnType.Json, v => v.Destinations),
        new("AggregateDestinations", FigureColumnType.Json, v => v.AggregateDestinations),
    ]);

    public static readonly FigureTable<IndicatorTable> Indicators = new("datasets_indicator_tables",
    [
        new("ImportId", FigureColumnType.ImportId, v => v.ImportId),
        new("Indicator", FigureColumnType.Key, v => v.Indicator),
        new("Places", FigureColumnType.Json, v => v.Places),
        new("AggregatePlaces", FigureColumnType.Json, v => v.AggregatePlaces),
    ]);

    public static string NameOf(FigureKind kind) => kind switch
    {
        FigureKind.StockSeries => Stock.Name,
        FigureKind.CorridorRows => Corridors.Name,
        _ => Indicators.Name,
    };
}
