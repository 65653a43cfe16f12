using System.Collections.Concurrent;
using System.Globalization;
using Marrakesh.Modules.Datasets;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Analysis;

/// <summary>
/// Each State's immigrant share (migrant stock by destination over population), emigrant share (its migrants abroad in
/// the corridor matrix over population), net position and label, for one revision and year, every figure traced to
/// its import and cell.
/// </summary>
public sealed class MigrationProfiles(DatasetsContract datasets, StatesContract states, ProfileFiguresCache cache, TimeProvider clock, Platform.Freshness.CacheGenerations generations)
{
    /// <summary>How far the corridor matrix's year may lie from the stock table's (UN DESA's matrix has 2019, its table 2020).</summary>
    public const int EmigrantYearWithin = 2;

    /// <summary>The query: all optional.</summary>
    public sealed record Query(string? Revision, string? Year, string? ImmigrantThreshold, string? EmigrantThreshold);

    public async Task<ProfilesOutput> ExecuteAsync(Query query, CancellationToken cancellationToken)
    {
        var year = string.IsNullOrWhiteSpace(query.Year) ? (int?)null
            : int.TryParse(query.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1800 and <= 2200 ? y
            : throw new InvalidInputException("year", ValidationText.Get("Year", query.Year));
        var immigrantThreshold = Threshold(query.ImmigrantThreshold, "immigrantThreshold", ProfileLabels.DefaultImmigrantThreshold);
        var emigrantThreshold = Threshold(query.EmigrantThreshold, "emigrantThreshold", ProfileLabels.DefaultEmigrantThreshold);
        var figures = await FiguresAsync(query.Revision, year, cancellationToken);
        var items = figures.Items.Select(f => f with { Label = ProfileLabels.Of(f.ImmigrantShare, f.EmigrantShare, immigrantThreshold, emigrantThreshold) }).ToList();
        return new ProfilesOutput(figures.Year, immigrantThreshold, emigrantThreshold, figures.StockSource, figures.EmigrantSource, figures.Missing, items, items.Count);
    }

    /// <summary>The figures without labels, held per import generation (thresholds only relabel them).</summary>
    public async Task<ProfilesOutput> FiguresAsync(string? revision, int? year, CancellationToken cancellationToken)
    {
        var key = $"{revision?.Trim().ToUpperInvariant()}|{year}";
        if (cache.TryGet(key, clock.GetUtcNow(), out var held))
        {
            return held;
        }
        // Read before computing: an import that commits meanwhile moves it on, and the next read computes again.
        var generation = generations.Current(DatasetsContract.CacheTopic);
        var computed = await ComputeAsync(revision, year, cancellationToken);
        cache.Put(key, generation, computed, clock.GetUtcNow());
        return computed;
    }

    private async Task<ProfilesOutput> ComputeAsync(string? revision, int? year, CancellationToken cancellationToken)
    {
        var all = await states.ProfilesAsync(cancellationToken);
        var stock = await datasets.StockYearAsync(revision, year, cancellationToken);
        if (stock is null)
        {
            return new ProfilesOutput(year ?? 0, 0, 0, null, null, "No UN DESA migrant stock by destination has been imported: there is no stock or population to divide.",
                [.. all.Select(s => ProfileItem.Empty(s.Iso3, s.Name))], all.Count);
        }
        var emigrants = await datasets.EmigrantYearAsync(stock.Year, EmigrantYearWithin, cancellationToken);
        var missing = emigrants is null
            ? $"No migrant corridor matrix within {EmigrantYearWithin} years of {stock.Year} has been imported: emigrant shares and labels are unknown."
            : stock.Population.Count == 0 ? "The migrant stock import holds no population table: shares are unknown." : null;
        var stockSource = ProfileSource.From(stock.Import, stock.Year, "stock and population by destination");
        var emigrantSource = emigrants is null ? null : ProfileSource.From(emigrants.Import, emigrants.Year, "migrants by origin and destination");
        var items = all.Select(s => Item(s.Iso3, s.Name, stock, emigrants)).ToList();
        return new ProfilesOutput(stock.Year, 0, 0, stockSource, emigrantSource, missing, items, items.Count);
    }

    private static ProfileItem Item(string iso3, string name, DatasetsContract.StockYear stock, DatasetsContract.EmigrantYear? emigrantYear)
    {
        double? immigrants = stock.Stock.TryGetValue(iso3, out var i) ? i : null;
        double? population = stock.Population.TryGetValue(iso3, out var p) && p > 0 ? p : null;
        double? emigrants = emigrantYear?.Emigrants.TryGetValue(iso3, out var e) == true ? e : null;
        var revision = Uri.EscapeDataString(stock.Import.Revision);
        var trace = new ProfileTrace(
            immigrants is null ? null : new FigureTrace(stock.Import.Id, $"stock, {iso3}, {stock.Year}, both sexes",
                $"/api/migrant-stock?destination={iso3}&year={stock.Year}&sex=both&revision={revision}"),
            population is null ? null : new FigureTrace(stock.Import.Id, $"population, {iso3}, {stock.Year}, both sexes",
                $"/api/migrant-stock?destination={iso3}&year={stock.Year}&sex=both&measure=population&revision={revision}"),
            emigrants is null || emigrantYear is null ? null : EmigrantTrace(iso3, emigrantYear));
        var immigrantShare = Share(immigrants, population);
        var emigrantShare = Share(emigrants, population);
        return new ProfileItem(iso3, name, immigrants, emigrants, population, immigrantShare, emigrantShare,
            immigrants is null || emigrants is null ? null : immigrants - emigrants,
            immigrantShare is null || emigrantShare is null ? null : Math.Round(immigrantShare.Value - emigrantShare.Value, 4),
            null, trace);
    }

    private static FigureTrace EmigrantTrace(string iso3, DatasetsContract.EmigrantYear year)
    {
        var revision = Uri.EscapeDataString(year.Import.Revision);
        return year.FromWorldColumn.GetValueOrDefault(iso3)
            ? new FigureTrace(year.Import.Id, $"origin {iso3} → world (WLD), {year.Year}",
                $"/api/corridors?kind=migrants&origin={iso3}&destination=WLD&year={year.Year}&revision={revision}")
            : new FigureTrace(year.Import.Id, $"origin {iso3}, {year.Year}: sum of its country destinations (the matrix has no world column)",
                $"/api/corridors?kind=migrants&origin={iso3}&year={year.Year}&revision={revision}&pageSize=500");
    }

    private static double? Share(double? part, double? population) =>
        part is null || population is null ? null : Math.Round(100 * part.Value / population.Value, 4);

    private static double Threshold(string? value, string field, double fallback) =>
        string.IsNullOrWhiteSpace(value) ? fallback
        : double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var t) && t is >= 0 and <= 100 ? t
        : throw new InvalidInputException(field, ValidationText.Get("Percent", value));
}

/// <summary>
/// The profiles' figures computed from the imports, held for the process per revision and year until an import moves
/// the datasets' generation on or they expire (as the datasets' own cached answers do).
/// </summary>
public sealed class ProfileFiguresCache(Platform.Freshness.CacheGenerations generations)
{
    private readonly ConcurrentDictionary<string, (long Generation, DateTimeOffset At, ProfilesOutput Figures)> held = new(StringComparer.Ordinal);

    public bool TryGet(string key, DateTimeOffset now, out ProfilesOutput figures)
    {
        if (held.TryGetValue(key, out var entry) && entry.Generation == generations.Current(DatasetsContract.CacheTopic) && now - entry.At < DatasetsContract.Expiry)
        {
            figures = entry.Figures;
            return true;
        }
        figures = null!;
        return false;
    }

    public void Put(string key, long generation, ProfilesOutput figures, DateTimeOffset now) => held[key] = (generation, now, figures);
}
