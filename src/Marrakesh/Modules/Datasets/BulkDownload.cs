using System.IO.Compression;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Datasets;

/// <summary>
/// Every figure of one import as a gzip-compressed CSV file, the columns of the matching query's CSV: the file a
/// harvester takes whole, and the one a query over the row cap points to (<see cref="RowCap"/>).
/// </summary>
public sealed class BulkDownload(AppDbContext db, DatasetQueries queries)
{
    public const string MediaType = "application/gzip";

    public static string AddressOf(Guid import) => $"/api/datasets/{import:D}/bulk.csv.gz";

    public async Task<(byte[] Gzip, string FileName)> ExecuteAsync(Guid id, CancellationToken cancellationToken)
    {
        var import = await db.Set<DatasetImport>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
            ?? throw new NotFoundException($"No dataset {id} has been imported; GET /api/datasets lists them.");
        var csv = import.Holds switch
        {
            "migrant-stock" => await MigrantStockAsync(import, cancellationToken),
            "indicators" => await IndicatorsAsync(import, cancellationToken),
            _ => await CorridorsAsync(import, cancellationToken),
        };
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            await gzip.WriteAsync(csv, cancellationToken);
        }
        var name = string.Concat($"{import.Source}-{import.Revision}".Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_'));
        return (compressed.ToArray(), name + ".csv.gz");
    }

    private async Task<byte[]> MigrantStockAsync(DatasetImport import, CancellationToken cancellationToken)
    {
        var names = await queries.NamesAsync(cancellationToken);
        var series = await db.Set<MigrantStockSeries>().AsNoTracking().Where(v => v.ImportId == import.Id).ToListAsync(cancellationToken);
        return DatasetCsv.MigrantStock(series
            .OrderBy(v => v.Measure, StringComparer.Ordinal).ThenBy(v => v.Location, StringComparer.Ordinal)
            .SelectMany(v => FigureJson.ReadStock(v.Points).OrderBy(p => p.Year).ThenBy(p => p.Sex, StringComparer.Ordinal)
                .Select(p => new MigrantStockItem(v.Location, names.GetValueOrDefault(v.Location, v.Location), v.IsAggregate, p.Year, p.Sex, v.Measure, import.Revision, p.Value))));
    }

    private async Task<byte[]> CorridorsAsync(DatasetImport import, CancellationToken cancellationToken)
    {
        var kind = import.Holds["corridors-".Length..];
        var years = await db.Set<CorridorRow>().AsNoTracking().Where(v => v.ImportId == import.Id).Select(v => v.Year).Distinct()
            .ToListAsync(cancellationToken);
        var items = new List<CorridorItem>();
        foreach (var year in years.Order())
        {
            var figures = await queries.CorridorFiguresAsync(import, year, cancellationToken);
            items.AddRange(figures.Cells.Select(c => new CorridorItem(c.Origin, c.Destination, year, kind, c.Value, import.Revision)));
        }
        return DatasetCsv.Corridors(items);
    }

    private async Task<byte[]> IndicatorsAsync(DatasetImport import, CancellationToken cancellationToken)
    {
        var codes = await db.Set<IndicatorTable>().AsNoTracking().Where(v => v.ImportId == import.Id).Select(v => v.Indicator)
            .OrderBy(c => c).ToListAsync(cancellationToken);
        var items = new List<IndicatorItem>();
        foreach (var code in codes)
        {
            var figures = await queries.IndicatorFiguresAsync(import, code, cancellationToken);
            items.AddRange(figures.Places.Select(v => new IndicatorItem(code, v.Code, false, v.Year, v.Value, import.Revision)));
            items.AddRange(figures.Aggregates.Select(v => new IndicatorItem(code, v.Code, true, v.Year, v.Value, import.Revision)));
        }
        return DatasetCsv.Indicator(items);
    }
}
