using System.Globalization;
using Marrakesh.Modules.Datasets.Importing;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Datasets;

/// <summary>The world's figures for the data page: totals by sex, the largest corridors and one indicator per country for the map.</summary>
/// <param name="WorldStock">The world's migrant stock over time, by sex.</param>
/// <param name="WorldRefugees">The world's refugees over time.</param>
/// <param name="LargestMigrantCorridors">The largest corridors of migrants.</param>
/// <param name="LargestRemittanceCorridors">The largest corridors of remittances.</param>
/// <param name="Map">The chosen indicator by country.</param>
/// <param name="Imports">Every imported file.</param>
/// <param name="Names">Names of the locations the figures use, by code.</param>
public sealed record DataOverviewOutput(SeriesOutput? WorldStock, SeriesOutput? WorldRefugees, CorridorListOutput? LargestMigrantCorridors,
    CorridorListOutput? LargestRemittanceCorridors, MapOutput? Map, IReadOnlyList<DatasetOutput> Imports, IReadOnlyDictionary<string, string> Names);

/// <summary>One indicator by country, for the shaded map.</summary>
/// <param name="Indicator">The map's indicator key.</param>
/// <param name="Year">The year shown.</param>
/// <param name="Unit">persons, percent or USD.</param>
/// <param name="Source">Where the figures come from.</param>
/// <param name="Values">Value by ISO3, with the M49 number the map uses.</param>
public sealed record MapOutput(string Indicator, int Year, string Unit, SourceOutput Source, IReadOnlyList<MapValue> Values);

/// <summary>One country's value on the map.</summary>
/// <param name="Code">ISO3.</param>
/// <param name="M49">M49 number, three digits.</param>
/// <param name="Value">The value.</param>
public sealed record MapValue(string Code, string M49, double Value);

public sealed class DataOverview(AppDbContext db, DatasetQueries queries, StatesContract states)
{
    /// <summary>What the map can be shaded by.</summary>
    public static readonly IReadOnlyList<string> MapIndicators = ["stock", "share", "refugees", "remittances"];

    public async Task<DataOverviewOutput> ExecuteAsync(string? mapIndicator, CancellationToken cancellationToken)
    {
        var indicator = MapIndicators.Contains(mapIndicator ?? "") ? mapIndicator! : "stock";
        var stockImport = await queries.StockImportAsync(null, cancellationToken);
        SeriesOutput? worldStock = null, worldRefugees = null;
        if (stockImport is not null)
        {
            var source = SourceOutput.Of(stockImport);
            var world = await db.Set<MigrantStockSeries>().AsNoTracking().Where(v => v.ImportId == stockImport.Id && v.Location == Locations.World
                && (v.Measure == Measures.Stock || v.Measure == Measures.Refugees)).ToListAsync(cancellationToken);
            SeriesOutput WorldSeries(string measure) => new(measure, "persons", source,
                [.. world.Where(v => v.Measure == measure).SelectMany(v => FigureJson.ReadStock(v.Points))
                    .OrderBy(p => p.Year).ThenBy(p => p.Sex, StringComparer.Ordinal).Select(p => new PointOutput(p.Year, p.Sex, p.Value))]);
            worldStock = WorldSeries(Measures.Stock);
            worldRefugees = WorldSeries(Measures.Refugees);
        }
        return new DataOverviewOutput(worldStock, worldRefugees,
            await LargestAsync("migrants", cancellationToken), await LargestAsync("remittances", cancellationToken),
            await MapAsync(indicator, stockImport, cancellationToken), await queries.ImportsAsync(cancellationToken), await queries.NamesAsync(cancellationToken));
    }

    private async Task<CorridorListOutput?> LargestAsync(string kind, CancellationToken cancellationToken)
    {
        var resolved = await queries.CorridorImportAsync(kind, null, null, cancellationToken);
        if (resolved is not { } r)
        {
            return null;
        }
        var (items, _) = await queries.CorridorsAsync(new CorridorFilter(kind, r.Year.ToString(CultureInfo.InvariantCulture), null, null, "10", r.Import.Revision), null, cancellationToken);
        return new CorridorListOutput(r.Year, SourceOutput.Of(r.Import), items);
    }

    private async Task<MapOutput?> MapAsync(string indicator, DatasetImport? stockImport, CancellationToken cancellationToken)
    {
        var locations = await Locations.LoadAsync(states, cancellationToken);
        List<(string Code, double Value)> values;
        DatasetImport? import;
        int year;
        if (indicator == "remittances")
        {
            import = await queries.IndicatorImportAsync(DatasetQueries.RemittancesReceived, cancellationToken);
            if (import is null)
            {
                return null;
            }
            var countries = (await queries.IndicatorFiguresAsync(import, DatasetQueries.RemittancesReceived, cancellationToken)).Places;
            // The latest year most countries report: the newest year is often still incomplete.
            var counts = countries.GroupBy(v => v.Year).Select(g => (Year: g.Key, Count: g.Count())).ToList();
            if (counts.Count == 0)
            {
                return null;
            }
            var most = counts.Max(c => c.Count);
            year = counts.Where(c => c.Count >= most * 0.9).Max(c => c.Year);
            values = [.. countries.Where(v => v.Year == year).Select(v => (v.Code, v.Value))];
        }
        else
        {
            import = stockImport;
            if (import is null)
            {
                return null;
            }
            year = import.LastYear;
            var measure = indicator;
            values = [.. (await db.Set<MigrantStockSeries>().AsNoTracking().Where(v => v.ImportId == import.Id && v.Measure == measure && !v.IsAggregate)
                .ToListAsync(cancellationToken))
                .SelectMany(v => FigureJson.ReadStock(v.Points).Where(p => p.Sex == "both" && p.Year == year).Select(p => (v.Location, p.Value)))];
        }
        return new MapOutput(indicator, year, indicator switch { "share" => "percent", "remittances" => "USD", _ => "persons" },
            SourceOutput.Of(import),
            [.. values.Select(v => (v, m49: locations.M49Of(v.Code))).Where(x => x.m49 is not null)
                .Select(x => new MapValue(x.v.Code, x.m49!.Value.ToString("000", CultureInfo.InvariantCulture), x.v.Value))]);
    }
}
