using System.Collections.Concurrent;
using Marrakesh.Modules.Datasets;

namespace Marrakesh.Modules.Analysis;

/// <summary>
/// Evaluates claims on read. A verdict is held per claim version and data generation: a new import (or a restart
/// after the reference data changed) gives a fresh verdict, and an edit to a claim a new version.
/// </summary>
public sealed class ClaimVerdicts(StateFactsSource facts, MigrationProfiles profiles, ClaimVerdictCache cache, TimeProvider clock, Platform.Freshness.CacheGenerations generations)
{
    public async Task<ClaimOutput> EvaluateAsync(Claim claim, CancellationToken cancellationToken)
    {
        // Both topics only move forward, so their sum moves whenever the figures or the reference facts (votes, positions) do.
        var generation = generations.Current(DatasetsContract.CacheTopic) + generations.Current(Platform.Freshness.CacheTopics.Reference);
        var key = $"{claim.Id}|{claim.Version}";
        if (cache.TryGet(key, generation, clock.GetUtcNow(), out var held))
        {
            return held;
        }
        var checks = ClaimJson.Read(claim.Checks);
        var book = await cache.BookAsync(facts, clock.GetUtcNow(), cancellationToken);
        var figures = new Dictionary<int, ProfilesOutput?>();
        foreach (var year in ClaimProvenance.FigureYears(checks))
        {
            var found = await profiles.FiguresAsync(null, year, cancellationToken);
            figures[year ?? 0] = found.StockSource is null ? null : found;
        }
        var evaluator = new ClaimEvaluator(book, year => figures.GetValueOrDefault(year ?? 0));
        var results = checks.Select(evaluator.Evaluate).ToList();
        var output = Combine(claim, checks, results, ClaimProvenance.Of(checks, figures.Values.OfType<ProfilesOutput>().ToList()));
        cache.Put(key, generation, output, clock.GetUtcNow());
        return output;
    }

    private static ClaimOutput Combine(Claim claim, List<ClaimCheck> checks, List<CheckResult> results, (List<FactDate> AsOf, List<string> Sources) provenance)
    {
        var verdicts = results.Select(r => r.Verdict).ToList();
        var verdict = verdicts.Count == 0 ? "unknown"
            : verdicts.Contains("fails") ? "fails"
            : verdicts.Contains("unknown") ? "unknown"
            : verdicts.Contains("holds-except") ? "holds-except" : "holds";
        static List<string> Union(IEnumerable<List<string>> lists) => [.. lists.SelectMany(l => l).Distinct().Order(StringComparer.Ordinal)];
        return new ClaimOutput(claim.Id, claim.Text, claim.Reading, claim.Group, claim.Origin, checks, claim.Note, verdict,
            Union(results.Select(r => r.Holds)), Union(results.Select(r => r.Breaks)), Union(results.Select(r => r.Undecided)),
            Union(results.Select(r => r.Excepted)), Union(results.Select(r => r.ExceptionsNotBorneOut)),
            [.. results.Select(r => new CheckOutcome(r.Verdict, r.Low, r.High, r.Holds, r.Breaks, r.Undecided))],
            provenance.AsOf, provenance.Sources,
            claim.Origin == "seed" ? new ExpectedOutput(claim.ExpectedVerdict, claim.Evidence) : null, claim.Version);
    }
}

/// <summary>Verdicts and the fact book, held for the process (see <see cref="ClaimVerdicts"/>).</summary>
public sealed class ClaimVerdictCache(Platform.Freshness.CacheGenerations generations)
{
    private readonly ConcurrentDictionary<string, (long Generation, DateTimeOffset At, ClaimOutput Output)> verdicts = new(StringComparer.Ordinal);
    private (long Generation, DateTimeOffset At, StateFactBook Book)? book;

    public bool TryGet(string key, long generation, DateTimeOffset now, out ClaimOutput output)
    {
        if (verdicts.TryGetValue(key, out var entry) && entry.Generation == generation && now - entry.At < DatasetsContract.Expiry)
        {
            output = entry.Output;
            return true;
        }
        output = null!;
        return false;
    }

    public void Put(string key, long generation, ClaimOutput output, DateTimeOffset now) => verdicts[key] = (generation, now, output);

    public async Task<StateFactBook> BookAsync(StateFactsSource source, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var generation = generations.Current(Platform.Freshness.CacheTopics.Reference);
        if (book is { } held && held.Generation == generation && now - held.At < DatasetsContract.Expiry)
        {
            return held.Book;
        }
        var loaded = await source.LoadAsync(cancellationToken);
        book = (generation, now, loaded);
        return loaded;
    }
}
