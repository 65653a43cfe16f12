using System.Globalization;
using System.Text;
using CsvHelper;
using Marrakesh.Platform.Text;

namespace Marrakesh.Modules.Analysis;

/// <summary>The profiles and the fault line as CSV, a row per State; empty cells are figures the record lacks.</summary>
internal static class AnalysisCsv
{
    public const string MediaType = "text/csv; charset=utf-8";

    public static byte[] Profiles(ProfilesOutput profiles) => Write(csv =>
    {
        Fields(csv, "iso3", "name", "year", "immigrants", "emigrants", "population", "immigrant_share", "emigrant_share", "net_migrants", "net_share",
            "label", "immigrant_threshold", "emigrant_threshold", "immigrants_source", "population_source", "emigrants_source");
        foreach (var p in profiles.Items)
        {
            Fields(csv, p.Iso3, p.Name, Number(profiles.Year), Number(p.Immigrants), Number(p.Emigrants), Number(p.Population), Number(p.ImmigrantShare),
                Number(p.EmigrantShare), Number(p.NetMigrants), Number(p.NetShare), p.Label ?? "", Number(profiles.ImmigrantThreshold),
                Number(profiles.EmigrantThreshold), p.Trace.Immigrants?.Url ?? "", p.Trace.Population?.Url ?? "", p.Trace.Emigrants?.Url ?? "");
        }
    });

    public static byte[] FaultLine(FaultLineOutput line) => Write(csv =>
    {
        Fields(csv, "iso3", "name", "year", "immigrant_share", "emigrant_share", "label", "vote_73_195", "oecd_2018", "eu_2018", "african_union", "icrmw_party_2018_12_19");
        foreach (var r in line.Rows)
        {
            Fields(csv, r.Iso3, r.Name, Number(line.Profiles.Year), Number(r.ImmigrantShare), Number(r.EmigrantShare), r.Label ?? "", r.Vote ?? "",
                Flag(r.Oecd2018), Flag(r.Eu2018), Flag(r.AfricanUnion), r.IcrmwParty is { } party ? Flag(party) : "unknown");
        }
    });

    private static string Flag(bool value) => value ? "yes" : "no";

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static void Fields(CsvWriter csv, params string[] fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(CsvCell.Inert(field));
        }
        csv.NextRecord();
    }

    private static byte[] Write(Action<CsvWriter> body)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            body(csv);
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
