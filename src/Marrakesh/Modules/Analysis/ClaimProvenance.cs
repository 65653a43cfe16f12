using System.Globalization;

namespace Marrakesh.Modules.Analysis;

/// <summary>Which facts a claim's checks rest on: their dates and sources (Data/SOURCES.md gives each in full).</summary>
public static class ClaimProvenance
{
    private const string Vote = "A/RES/73/195 recorded vote, 19 Dec 2018: no, abstain and absent lists from cis.org (N. Rush, 20 Dec 2018), abstentions cross-checked with temi.camera.it (20 Dec 2018), totals from UN News, Xinhua and AP";
    private const string Groupings = "OECD, EU and African Union members, current and at 19 Dec 2018 (reference groupings.csv; only some accession dates seen in a stored source)";
    private const string Regions = "UN M49 regions (UN Statistics Division, via lukes/ISO-3166-Countries-with-Regional-Codes, data of 2024-06-19)";
    private const string Marrakesh = "Marrakech conference participation (reference marrakesh_adoption.csv: thenationalnews.com, fortune.com 2018-12-10, sdg.iisd.org 2018-12-11, admin.ch 2018-11-21 and others); a partial list, 14 of about 29 States that did not adopt";
    private const string Icrmw = "1990 Convention status: UN Treaty Collection MTDSG IV-13 (copy current to 2023-09-26); year only for Mauritania to Venezuela (world-politics-datalab hr_status_icmw.csv, 2022)";
    private const string Network = "UN Network on Migration: the nine Executive Committee members (reliefweb 15 Nov 2019; MPTF signing 8 May 2019; SG report for IMRF 2022); the full membership is not in the record";

    public static IEnumerable<ClaimSelector> Selectors(ClaimSelector? selector)
    {
        if (selector is null)
        {
            yield break;
        }
        yield return selector;
        foreach (var inner in (selector.And ?? []).Concat(selector.Or ?? []).Append(selector.Not).SelectMany(Selectors))
        {
            yield return inner;
        }
    }

    private static IEnumerable<ClaimSelector> All(IEnumerable<ClaimCheck> checks) => checks.SelectMany(c => Selectors(c.Select).Concat(Selectors(c.Test)));

    /// <summary>The years of migration figures the checks ask for (null: the latest).</summary>
    public static List<int?> FigureYears(IEnumerable<ClaimCheck> checks) =>
        [.. All(checks).Select(s => s.Profile is { } p ? p.Year : s.Figure is { } f ? f.Year : s.Rank is { } r ? r.Year : (int?)-1)
            .Where(y => y != -1).Distinct()];

    public static (List<FactDate> AsOf, List<string> Sources) Of(IReadOnlyList<ClaimCheck> checks, IReadOnlyList<ProfilesOutput> figures)
    {
        var asOf = new List<FactDate>();
        var sources = new List<string>();
        void Add(string fact, string date, string source)
        {
            if (!asOf.Contains(new FactDate(fact, date)))
            {
                asOf.Add(new FactDate(fact, date));
            }
            if (!sources.Contains(source))
            {
                sources.Add(source);
            }
        }
        if (checks.Any(c => c.About == "network-members"))
        {
            Add("UN Network on Migration members", "2022-05", Network);
        }
        foreach (var selector in All(checks))
        {
            if (selector.Vote is not null)
            {
                Add("vote on A/RES/73/195", "2018-12-19", Vote);
            }
            if (selector.Grouping is { } grouping)
            {
                Add($"{grouping} membership", grouping.EndsWith("-2018", StringComparison.Ordinal) ? "2018-12-19" : "2026-11-27", Groupings);
            }
            if (selector.Region is not null)
            {
                Add("M49 regions", "2024-06-19", Regions);
            }
            if (selector.Marrakesh is not null)
            {
                Add("Marrakech conference participation", "2018-12-10", Marrakesh);
            }
            if (selector.Party is { AsOf: { } date })
            {
                Add("parties to the 1990 Convention (icrmw)", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Icrmw);
            }
        }
        if (All(checks).Any(s => s.Profile is not null || s.Figure is not null || s.Rank is not null))
        {
            foreach (var profile in figures)
            {
                foreach (var source in new[] { profile.StockSource, profile.EmigrantSource }.OfType<ProfileSource>())
                {
                    Add($"{source.Reads} ({source.Revision})", source.Year.ToString(CultureInfo.InvariantCulture),
                        $"{source.Title}, {source.Revision}: file {source.FileName} (SHA-256 {source.Sha256[..12]}…), import {source.Import}");
                }
            }
            if (figures.Count == 0)
            {
                sources.Add("No migration figures have been imported: the profile figures are unknown.");
            }
        }
        return (asOf, sources);
    }
}
