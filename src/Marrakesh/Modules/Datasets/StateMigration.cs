using Marrakesh.Modules.Datasets.Importing;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Datasets;

/// <summary>One State's migration figures from every imported source: stock by sex, share, refugees, corridors, remittances.</summary>
public sealed class StateMigration(AppDbContext db, DatasetQueries queries, StatesContract states)
{
    public const int TopCorridors = 10;

    /// <summary>The measures the State's page shows; naming them lets the key (import, measure, location, …) find the rows.</summary>
    private static readonly string[] PageMeasures = [Measures.Stock, Measures.Share, Measures.Refugees];

    public async Task<StateMigrationOutput> ExecuteAsync(string? iso3, CancellationToken cancellationToken)
    {
        var code = DatasetQueries.CodeOf(iso3, "iso3") ?? throw new NotFoundException("Name a State by its ISO3 code.");
        var name = (await queries.NamesAsync(cancellationToken)).GetValueOrDefault(code)
            ?? (StatesContract.IsIso3(code) ? await states.NameAsync(code, cancellationToken) : throw new NotFoundException($"No imported figures concern '{code}'."));
        var stockImport = await queries.StockImportAsync(null, cancellationToken);
        SeriesOutput? stock = null, share = null, refugees = null;
        if (stockImport is not null)
        {
            var series = await db.Set<MigrantStockSeries>().AsNoTracking()
                .Where(v => v.ImportId == stockImport.Id && PageMeasures.Contains(v.Measure) && v.Location == code)
                .ToListAsync(cancellationToken);
            var source = SourceOutput.Of(stockImport);
            SeriesOutput? Series(string measure, string unit) => series.FirstOrDefault(v => v.Measure == measure) is { } found
                ? new SeriesOutput(measure, unit, source, [.. FigureJson.ReadStock(found.Points).OrderBy(p => p.Year).ThenBy(p => p.Sex, StringComparer.Ordinal)
                    .Select(p => new PointOutput(p.Year, p.Sex, p.Value))])
                : null;
            stock = Series(Measures.Stock, "persons");
            share = Series(Measures.Share, "percent");
            refugees = Series(Measures.Refugees, "persons");
        }
        var remittances = await RemittancesAsync(code, cancellationToken);
        return new StateMigrationOutput(code, name, stock, share, refugees,
            await TopAsync(destination: code, origin: null, cancellationToken),
            await TopAsync(destination: null, origin: code, cancellationToken),
            remittances.First(ReceivedSeries),
            remittances.First(SentSeries));
    }

    private async Task<CorridorListOutput?> TopAsync(string? destination, string? origin, CancellationToken cancellationToken)
    {
        var (items, _) = await queries.CorridorsAsync(new CorridorFilter("migrants", null, origin, destination, TopCorridors.ToString(System.Globalization.CultureInfo.InvariantCulture), null), null, cancellationToken);
        if (items.Count == 0)
        {
            return null;
        }
        var import = (await queries.CorridorImportAsync("migrants", null, null, cancellationToken))!.Value.Import;
        return new CorridorListOutput(items[0].Year, SourceOutput.Of(import), items);
    }

    /// <summary>The place's figures of every remittance series the page may show (decoded once, then held by the catalog).</summary>
    private async Task<IndicatorPoints> RemittancesAsync(string code, CancellationToken cancellationToken)
    {
        var imports = new Dictionary<string, DatasetImport>(StringComparer.Ordinal);
        var values = new Dictionary<string, IReadOnlyList<FigureJson.PlaceYearValue>>(StringComparer.Ordinal);
        foreach (var indicator in RemittanceIndicators)
        {
            if (await queries.IndicatorImportAsync(indicator, cancellationToken) is { } import)
            {
                imports[indicator] = import;
                values[indicator] = (await queries.IndicatorFiguresAsync(import, indicator, cancellationToken)).Of(code);
            }
        }
        return new IndicatorPoints(imports, values);
    }

    /// <summary>Remittances received: the WDI series where it has the place, else KNOMAD's own.</summary>
    private static readonly string[] ReceivedSeries = [DatasetQueries.RemittancesReceived, RemittanceFlows.Inflows];
    private static readonly string[] SentSeries = [RemittanceFlows.Outflows];
    private static readonly string[] RemittanceIndicators = [.. ReceivedSeries, .. SentSeries];

    private sealed record IndicatorPoints(Dictionary<string, DatasetImport> Imports, Dictionary<string, IReadOnlyList<FigureJson.PlaceYearValue>> Values)
    {
        /// <summary>The first of the series that has values for the place (the WDI series before KNOMAD's own).</summary>
        public SeriesOutput? First(string[] indicators)
        {
            foreach (var indicator in indicators)
            {
                if (Values.GetValueOrDefault(indicator) is { Count: > 0 } values)
                {
                    var import = Imports[indicator];
                    return new SeriesOutput(indicator, "USD", SourceOutput.Of(import), [.. values.Select(v => new PointOutput(v.Year, "both", v.Value))]);
                }
            }
            return null;
        }
    }
}
