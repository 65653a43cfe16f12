using System.Text.RegularExpressions;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Datasets;

/// <summary>Filters of the migrant-stock list; empty values do not filter.</summary>
/// <param name="Destination">ISO3 or aggregate code (WLD for the world); several separated by commas.</param>
/// <param name="Year">A year.</param>
/// <param name="Sex">both, male or female.</param>
/// <param name="Revision">A revision label; by default the latest revision.</param>
/// <param name="Measure">stock (default), population, share, female-share, refugees, refugee-share.</param>
/// <param name="Aggregates">true: the world, regions and groups instead of countries and areas.</param>
/// <param name="From">First year of a range (instead of Year).</param>
/// <param name="To">Last year of a range.</param>
public sealed record MigrantStockFilter(string? Destination, string? Year, string? Sex, string? Revision, string? Measure, string? Aggregates,
    string? From = null, string? To = null);

/// <summary>Filters of the corridor list.</summary>
/// <param name="Kind">migrants (default) or remittances.</param>
/// <param name="Year">A year; by default the latest one.</param>
/// <param name="Origin">ISO3 (or aggregate code) of the origin; several separated by commas.</param>
/// <param name="Destination">ISO3 (or aggregate code) of the destination; several separated by commas.</param>
/// <param name="Top">Only the largest N (1–500).</param>
/// <param name="Revision">A revision label.</param>
/// <param name="From">First year of a range (instead of Year): every year of the range the chosen import holds.</param>
/// <param name="To">Last year of a range.</param>
public sealed record CorridorFilter(string? Kind, string? Year, string? Origin, string? Destination, string? Top, string? Revision,
    string? From = null, string? To = null);

/// <summary>Read-only views of the imported figures, shared by the pages and the API.</summary>
public sealed partial class DatasetQueries(AppDbContext db, DatasetCatalog catalog, Accounts.PublicActors actors)
{
    public const string RemittancesReceived = "BX.TRF.PWKR.CD.DT";

    private async Task<IReadOnlyList<DatasetImport>> AllImportsAsync(CancellationToken cancellationToken) =>
        (await catalog.CurrentAsync(db, cancellationToken)).Imports;

    /// <summary>
    /// Every import, as the database holds it now (not the catalog's copy). The list is public and cached for everyone,
    /// so who imported is named by role, never by email (the audit trail keeps the account).
    /// </summary>
    /// <param name="updatedAfter">Only imports made, or replaced, after this moment (UTC).</param>
    /// <param name="cancellationToken">(cancellation)</param>
    public async Task<List<DatasetOutput>> ImportsAsync(DateTime? updatedAfter, CancellationToken cancellationToken)
    {
        var imports = await db.Set<DatasetImport>().AsNoTracking().ToListAsync(cancellationToken);
        var name = await actors.NamerAsync(viewer: null, imports.Select(i => i.ImportedBy), cancellationToken);
        return [.. imports.OrderBy(i => i.Source, StringComparer.Ordinal).ThenByDescending(i => i.Revision, StringComparer.Ordinal)
            .Select(i => Replaced(DatasetOutput.From(i) with { ImportedBy = name(i.ImportedBy) }, i, imports))
            .Where(o => updatedAfter is not { } t || o.ImportedAt > t || o.ReplacedAt > t)];
    }

    public Task<List<DatasetOutput>> ImportsAsync(CancellationToken cancellationToken) => ImportsAsync(null, cancellationToken);

    /// <summary>
    /// An import is replaced once another revision of the same publication is the one queries read: one with later
    /// figures, or with figures as recent imported later (<see cref="StockImportAsync"/> chooses the same way).
    /// </summary>
    private static DatasetOutput Replaced(DatasetOutput output, DatasetImport import, List<DatasetImport> all)
    {
        var newer = all.Where(o => o.Id != import.Id && o.Source == import.Source
            && (o.LastYear > import.LastYear || (o.LastYear == import.LastYear && o.ImportedAt > import.ImportedAt))).ToList();
        if (newer.Count == 0)
        {
            return output;
        }
        var current = newer.OrderByDescending(o => o.LastYear).ThenByDescending(o => o.ImportedAt).First();
        var since = newer.Min(o => o.ImportedAt);
        return output with { Status = "replaced", ReplacedBy = current.Revision, ReplacedAt = since > import.ImportedAt ? since : import.ImportedAt };
    }

    /// <summary>The names of the locations the figures use, by code.</summary>
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(CancellationToken cancellationToken) =>
        (await catalog.CurrentAsync(db, cancellationToken)).Names;

    /// <summary>The imports that hold one kind of figures (migrant-stock, corridors-migrants, …), from the catalog.</summary>
    public async Task<List<DatasetImport>> ImportsHoldingAsync(string holds, CancellationToken cancellationToken) =>
        [.. (await AllImportsAsync(cancellationToken)).Where(i => i.Holds == holds)];

    /// <summary>The import a migrant-stock query reads: the named revision, or the one with the latest figures.</summary>
    public async Task<DatasetImport?> StockImportAsync(string? revision, CancellationToken cancellationToken)
    {
        var imports = (await AllImportsAsync(cancellationToken)).Where(i => i.Holds == "migrant-stock").ToList();
        if (!string.IsNullOrWhiteSpace(revision))
        {
            return imports.FirstOrDefault(i => string.Equals(i.Revision, revision.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidInputException("revision", $"No migrant-stock revision '{revision}' has been imported; known: {string.Join(", ", imports.Select(i => i.Revision))}.");
        }
        return imports.OrderByDescending(i => i.LastYear).ThenByDescending(i => i.ImportedAt).FirstOrDefault();
    }

    public async Task<(List<MigrantStockItem> Items, int Total)> MigrantStockAsync(MigrantStockFilter filter, Paging? paging, CancellationToken cancellationToken)
    {
        var measure = string.IsNullOrWhiteSpace(filter.Measure) ? Measures.Stock : OneOfAttribute.Require(filter.Measure, Measures.All, "measure");
        var sex = string.IsNullOrWhiteSpace(filter.Sex) ? null : OneOfAttribute.Require(filter.Sex, ["both", "male", "female"], "sex");
        var (first, last) = YearsOf(filter.Year, filter.From, filter.To);
        var destinations = CodesOf(filter.Destination, "destination");
        var import = await StockImportAsync(filter.Revision, cancellationToken);
        if (import is null)
        {
            return ([], 0);
        }
        var query = db.Set<MigrantStockSeries>().AsNoTracking().Where(v => v.ImportId == import.Id && v.Measure == measure);
        query = destinations is not null ? query.Where(v => destinations.Contains(v.Location))
            : filter.Aggregates is "true" ? query.Where(v => v.IsAggregate) : query.Where(v => !v.IsAggregate);
        var figures = (await query.ToListAsync(cancellationToken))
            .SelectMany(v => FigureJson.ReadStock(v.Points).Where(p => (first is null || p.Year >= first) && (last is null || p.Year <= last) && (sex is null || p.Sex == sex)).Select(p => (Series: v, Point: p)))
            .OrderBy(f => f.Series.Location, StringComparer.Ordinal).ThenBy(f => f.Point.Year).ThenBy(f => f.Point.Sex, StringComparer.Ordinal)
            .ToList();
        var names = await NamesAsync(cancellationToken);
        return ([.. Page(figures, paging).Select(f => new MigrantStockItem(f.Series.Location, names.GetValueOrDefault(f.Series.Location, f.Series.Location),
            f.Series.IsAggregate, f.Point.Year, f.Point.Sex, f.Series.Measure, import.Revision, f.Point.Value))], figures.Count);
    }

    private static IEnumerable<T> Page<T>(List<T> all, Paging? paging) => paging is null ? all : all.Skip(paging.Skip).Take(paging.PageSize);

    /// <summary>The import a corridor query reads, and the year: the named revision and year, or the latest.</summary>
    public async Task<(DatasetImport Import, int Year)?> CorridorImportAsync(string kind, int? year, string? revision, CancellationToken cancellationToken)
    {
        var holds = $"corridors-{kind}";
        var imports = (await AllImportsAsync(cancellationToken)).Where(i => i.Holds == holds).ToList();
        if (!string.IsNullOrWhiteSpace(revision))
        {
            imports = [.. imports.Where(i => string.Equals(i.Revision, revision.Trim(), StringComparison.OrdinalIgnoreCase))];
            if (imports.Count == 0)
            {
                throw new InvalidInputException("revision", $"No {kind} corridors of revision '{revision}' have been imported.");
            }
        }
        var chosen = imports.Where(i => year is null || (i.FirstYear <= year && year <= i.LastYear))
            .OrderByDescending(i => i.LastYear).ThenByDescending(i => i.ImportedAt).FirstOrDefault();
        return chosen is null ? null : (chosen, year ?? chosen.LastYear);
    }

    public async Task<(List<CorridorItem> Items, int Total)> CorridorsAsync(CorridorFilter filter, Paging? paging, CancellationToken cancellationToken)
    {
        var kind = string.IsNullOrWhiteSpace(filter.Kind) ? "migrants" : OneOfAttribute.Require(filter.Kind, ["migrants", "remittances"], "kind");
        var origins = CodesOf(filter.Origin, "origin");
        var destinations = CodesOf(filter.Destination, "destination");
        var top = string.IsNullOrWhiteSpace(filter.Top) ? (int?)null
            : int.TryParse(filter.Top, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= Paging.MaxSize ? n
            : throw new InvalidInputException("top", $"'{filter.Top}' is not allowed; use a whole number from 1 to {Paging.MaxSize}.");
        var years = await CorridorYearsAsync(kind, filter, cancellationToken);
        var corridors = Enumerable.Empty<(CorridorCell Cell, int Year, DatasetImport Import)>();
        foreach (var r in years)
        {
            var figures = await CorridorFiguresAsync(r.Import, r.Year, cancellationToken);
            // An end named in the filter may be an aggregate (origin=WLD: the world total); an open end lists countries only.
            corridors = corridors.Concat(figures.Cells.Where(c => (origins is null ? !c.OriginIsAggregate : origins.Contains(c.Origin))
                    && (destinations is null ? !c.DestinationIsAggregate : destinations.Contains(c.Destination)))
                .Select(c => (c, r.Year, r.Import)));
        }
        List<(CorridorCell Cell, int Year, DatasetImport Import)> chosen;
        int total;
        if (top is not null)
        {
            chosen = [.. corridors.Take(top.Value)];
            total = chosen.Count;
        }
        else
        {
            var all = corridors.ToList();
            chosen = [.. Page(all, paging)];
            total = all.Count;
        }
        return ([.. chosen.Select(c => new CorridorItem(c.Cell.Origin, c.Cell.Destination, c.Year, kind, c.Cell.Value, c.Import.Revision))], total);
    }

    /// <summary>
    /// The years a corridor query reads, each with its import: one year (the named or the latest), or every year of a
    /// range (from, to) that an import holds.
    /// </summary>
    public async Task<List<(DatasetImport Import, int Year)>> CorridorYearsAsync(string kind, CorridorFilter filter, CancellationToken cancellationToken)
    {
        var (first, last) = YearsOf(filter.Year, filter.From, filter.To);
        if (first == last)
        {
            return await CorridorImportAsync(kind, first, filter.Revision, cancellationToken) is { } one ? [one] : [];
        }
        var holds = $"corridors-{kind}";
        var imports = (await AllImportsAsync(cancellationToken)).Where(i => i.Holds == holds).ToList();
        var from = Math.Max(first ?? int.MinValue, imports.Count == 0 ? 0 : imports.Min(i => i.FirstYear));
        var to = Math.Min(last ?? int.MaxValue, imports.Count == 0 ? -1 : imports.Max(i => i.LastYear));
        var years = new List<(DatasetImport Import, int Year)>();
        for (var year = from; year <= to; year++)
        {
            if (await CorridorImportAsync(kind, year, filter.Revision, cancellationToken) is { } r
                && (await CorridorFiguresAsync(r.Import, r.Year, cancellationToken)).Cells.Count > 0)
            {
                years.Add(r);
            }
        }
        return years;
    }

    /// <summary>A year of an import's corridors, decoded once and then held by the catalog.</summary>
    public async Task<CorridorFigures> CorridorFiguresAsync(DatasetImport import, int year, CancellationToken cancellationToken)
    {
        var held = (await catalog.CurrentAsync(db, cancellationToken)).Corridors;
        if (!held.TryGetValue((import.Id, year), out var figures))
        {
            var rows = await db.Set<CorridorRow>().AsNoTracking().Where(v => v.ImportId == import.Id && v.Year == year).ToListAsync(cancellationToken);
            held[(import.Id, year)] = figures = CorridorFigures.From(rows);
        }
        return figures;
    }

    /// <summary>An indicator of an import, decoded once and then held by the catalog.</summary>
    public async Task<IndicatorFigures> IndicatorFiguresAsync(DatasetImport import, string code, CancellationToken cancellationToken)
    {
        var held = (await catalog.CurrentAsync(db, cancellationToken)).Indicators;
        if (!held.TryGetValue((import.Id, code), out var figures))
        {
            var table = await db.Set<IndicatorTable>().AsNoTracking().SingleAsync(v => v.ImportId == import.Id && v.Indicator == code, cancellationToken);
            held[(import.Id, code)] = figures = IndicatorFigures.From(table);
        }
        return figures;
    }

    /// <summary>The import that holds an indicator: the latest one that has it.</summary>
    public async Task<DatasetImport?> IndicatorImportAsync(string code, CancellationToken cancellationToken)
    {
        var held = (await catalog.CurrentAsync(db, cancellationToken)).IndicatorImports;
        if (!held.TryGetValue(code, out var found))
        {
            held[code] = found = await FindIndicatorImportAsync(code, cancellationToken);
        }
        return found;
    }

    private async Task<DatasetImport?> FindIndicatorImportAsync(string code, CancellationToken cancellationToken)
    {
        // One round trip for all candidate imports (a State's page asks for three indicators), each tested with EXISTS,
        // which stops at the first row of the indicator on the key's index.
        var holding = await db.Set<DatasetImport>()
            .Where(i => i.Holds == "indicators" && db.Set<IndicatorTable>().Any(v => v.ImportId == i.Id && v.Indicator == code))
            .Select(i => i.Id).ToListAsync(cancellationToken);
        return (await AllImportsAsync(cancellationToken)).Where(i => holding.Contains(i.Id))
            .OrderByDescending(i => i.LastYear).ThenByDescending(i => i.ImportedAt).FirstOrDefault();
    }

    public async Task<(List<IndicatorItem> Items, int Total)> IndicatorAsync(string code, string? state, string? from, string? to, string? aggregates,
        Paging? paging, CancellationToken cancellationToken)
    {
        if (!IndicatorCode().IsMatch(code))
        {
            throw new InvalidInputException("code", $"'{code}' is not an indicator code such as {RemittancesReceived}.");
        }
        var locations = CodesOf(state, "state");
        var first = YearOf(from, "from");
        var last = YearOf(to, "to");
        var import = await IndicatorImportAsync(code, cancellationToken)
            ?? throw new NotFoundException($"No imported file holds the indicator {code}.");
        var figures = await IndicatorFiguresAsync(import, code, cancellationToken);
        var values = (locations is not null ? locations.Order(StringComparer.Ordinal).SelectMany(figures.Of) : aggregates is "true" ? figures.Aggregates : figures.Places)
            .Where(v => (first is null || v.Year >= first) && (last is null || v.Year <= last))
            .ToList();
        return ([.. Page(values, paging).Select(v => new IndicatorItem(code, v.Code, figures.IsAggregate(v.Code), v.Year, v.Value, import.Revision))], values.Count);
    }

    public static string? CodeOf(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var code = value.Trim().ToUpperInvariant();
        return LocationCode().IsMatch(code) ? code
            : throw new InvalidInputException(field, $"'{value}' is not a location code; use an ISO 3166-1 alpha-3 code such as MAR, or WLD for the world.");
    }

    public static int? YearOf(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null
        : int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2200 ? year
        : throw new InvalidInputException(field, $"'{value}' is not a year; use four digits, e.g. 2020.");

    [GeneratedRegex("^[A-Z0-9_-]{2,16}$")]
    private static partial Regex LocationCode();

    [GeneratedRegex("^[A-Za-z0-9_.]{2,64}$")]
    private static partial Regex IndicatorCode();
}
