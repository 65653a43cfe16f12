using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Marrakesh.Platform.Operations;

/// <summary>
/// The platform's own instruments, on the meter <c>Marrakesh</c>: what an operator watches beside the framework's
/// request, runtime and database metrics. Static, because the caches that report to it are static too; every
/// MeterProvider in the process (one per host) listens to it.
/// </summary>
internal static class MarrakeshMetrics
{
    public const string MeterName = "Marrakesh";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> LedgerPostings = Meter.CreateCounter<long>(
        "marrakesh.fund.ledger.postings", "{posting}", "Balanced transactions posted to the fund's ledger, by kind.");

    private static readonly Counter<long> Imports = Meter.CreateCounter<long>(
        "marrakesh.datasets.imports", "{import}", "Published files imported, by kind and outcome (stored or rejected).");

    private static readonly Histogram<double> ImportDuration = Meter.CreateHistogram<double>(
        "marrakesh.datasets.import.duration", "s", "How long an import took, from reading the file to its commit.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 60, 120, 300] });

    private static readonly Counter<long> CacheLookups = Meter.CreateCounter<long>(
        "marrakesh.cache.lookups", "{lookup}", "Lookups in the platform's caches, by cache and result (hit or miss).");

    private static readonly Histogram<double> SearchDuration = Meter.CreateHistogram<double>(
        "marrakesh.search.duration", "s", "How long a search took, from parsing the query to ranked hits.",
        // The boundaries OpenTelemetry recommends for HTTP durations: a search is a request's main work.
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10] });

    public static void Posted(string kind) => LedgerPostings.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public static void Imported(string kind, bool stored, TimeSpan took)
    {
        var tags = new TagList { { "kind", kind }, { "outcome", stored ? "stored" : "rejected" } };
        Imports.Add(1, tags);
        ImportDuration.Record(took.TotalSeconds, tags);
    }

    public static void CacheLookup(string cache, bool hit) =>
        CacheLookups.Add(1, new KeyValuePair<string, object?>("cache", cache), new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));

    public static void Searched(TimeSpan took) => SearchDuration.Record(took.TotalSeconds);
}
