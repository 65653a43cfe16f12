using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Datasets;

/// <summary>What other modules may ask of the imported figures: whole tables of one year, with the import they come from.</summary>
public sealed class DatasetsContract(AppDbContext db, DatasetQueries queries)
{
    /// <summary>The cache topic every import moves on, in whichever process it runs; answers built from the figures may be cached by it.</summary>
    public const string CacheTopic = Platform.Freshness.CacheTopics.Datasets;

    /// <summary>The output-cache policy of open-data answers built from the figures (varied by query and generation).</summary>
    public const string CachePolicy = DatasetsCache.Policy;

    /// <summary>How long a held answer may miss an import by another process.</summary>
    public static TimeSpan Expiry => DatasetsCache.Expiry;

    /// <summary>An import, as a figure's source names it.</summary>
    public sealed record ImportRef(Guid Id, string Source, string Revision, string Title, string FileName, string Sha256, int FirstYear, int LastYear)
    {
        internal static ImportRef From(DatasetImport i) => new(i.Id, i.Source, i.Revision, i.Title, i.FileName, i.Sha256, i.FirstYear, i.LastYear);
    }

    /// <summary>Migrant stock and total population (persons, both sexes) of every country and area for one year.</summary>
    public sealed record StockYear(ImportRef Import, int Year, IReadOnlyDictionary<string, double> Stock, IReadOnlyDictionary<string, double> Population);

    /// <summary>
    /// Each origin's migrants living abroad for one year of a corridor matrix: the matrix's world column where it has
    /// one (<paramref name="FromWorldColumn"/>), else the sum of its country destinations.
    /// </summary>
    public sealed record EmigrantYear(ImportRef Import, int Year, IReadOnlyDictionary<string, double> Emigrants, IReadOnlyDictionary<string, bool> FromWorldColumn);

    /// <summary>The stock-by-destination import (named revision, else the latest) and one year of it (else its latest); null without one.</summary>
    public async Task<StockYear?> StockYearAsync(string? revision, int? year, CancellationToken cancellationToken)
    {
        var import = await queries.StockImportAsync(revision, cancellationToken);
        if (import is null)
        {
            return null;
        }
        var chosen = year ?? import.LastYear;
        string[] measures = [Measures.Stock, Measures.Population];
        var series = await db.Set<MigrantStockSeries>().AsNoTracking()
            .Where(v => v.ImportId == import.Id && measures.Contains(v.Measure) && !v.IsAggregate)
            .ToListAsync(cancellationToken);
        Dictionary<string, double> Of(string measure) => series.Where(s => s.Measure == measure)
            .Select(s => (s.Location, Point: FigureJson.ReadStock(s.Points).FirstOrDefault(p => p.Year == chosen && p.Sex == "both")))
            .Where(s => s.Point.Sex is not null)
            .ToDictionary(s => s.Location, s => s.Point.Value, StringComparer.Ordinal);
        return new StockYear(ImportRef.From(import), chosen, Of(Measures.Stock), Of(Measures.Population));
    }

    /// <summary>
    /// Emigrants by origin from the migrant corridor matrix of <paramref name="year"/>, or of the nearest year within
    /// <paramref name="within"/> years (the earlier on a tie); null when no matrix is that close.
    /// </summary>
    public async Task<EmigrantYear?> EmigrantYearAsync(int year, int within, CancellationToken cancellationToken)
    {
        var imports = (await queries.ImportsHoldingAsync("corridors-migrants", cancellationToken)).ToDictionary(i => i.Id);
        if (imports.Count == 0)
        {
            return null;
        }
        var ids = imports.Keys.ToList();
        var years = await db.Set<CorridorRow>().Where(r => ids.Contains(r.ImportId)).Select(r => new { r.ImportId, r.Year }).Distinct().ToListAsync(cancellationToken);
        var best = years.Where(y => Math.Abs(y.Year - year) <= within)
            .OrderBy(y => Math.Abs(y.Year - year)).ThenBy(y => y.Year).ThenByDescending(y => imports[y.ImportId].ImportedAt).FirstOrDefault();
        if (best is null)
        {
            return null;
        }
        var figures = await queries.CorridorFiguresAsync(imports[best.ImportId], best.Year, cancellationToken);
        var emigrants = new Dictionary<string, double>(StringComparer.Ordinal);
        var world = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var cell in figures.Cells.Where(c => !c.OriginIsAggregate))
        {
            if (cell.DestinationIsAggregate)
            {
                if (cell.Destination == "WLD")
                {
                    emigrants[cell.Origin] = cell.Value;
                    world[cell.Origin] = true;
                }
            }
            else if (!world.GetValueOrDefault(cell.Origin))
            {
                emigrants[cell.Origin] = emigrants.GetValueOrDefault(cell.Origin) + cell.Value;
                world[cell.Origin] = false;
            }
        }
        return new EmigrantYear(ImportRef.From(imports[best.ImportId]), best.Year, emigrants, world);
    }
}
