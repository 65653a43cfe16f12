using System.Globalization;
using System.Text;
using CsvHelper;
using Marrakesh.Platform.Text;

namespace Marrakesh.Modules.Network;

/// <summary>The Network's and the processes' lists as CSV: one row per item, lists joined with ';', unknown cells empty.</summary>
internal static class NetworkCsv
{
    public const string MediaType = "text/csv; charset=utf-8";

    public static byte[] Members(IEnumerable<NetworkMemberOutput> members) => Write(
        ["acronym", "name", "executive_committee", "role", "since", "verified", "source", "note"],
        members.Select(m => new[] { m.Acronym, m.Name, YesNo(m.ExecutiveCommittee), m.Role, m.Since, YesNo(m.Verified), m.Source, m.Note }));

    public static byte[] Workstreams(IEnumerable<WorkstreamOutput> workstreams) => Write(
        ["id", "name", "description", "leads", "objectives", "source"],
        workstreams.Select(w => new[] { w.Id.ToString(), w.Name, w.Description, string.Join(';', w.Leads), string.Join(';', w.Objectives), w.Source }));

    public static byte[] CountryNetworks(IEnumerable<CountryNetworkOutput> networks) => Write(
        ["id", "scope", "state", "region", "resident_coordinator_office", "members", "champion", "source"],
        networks.Select(n => new[]
        {
            n.Id.ToString(), n.Scope, n.State, n.Region, n.ResidentCoordinatorOffice, string.Join(';', n.Members),
            n.Champion is { } champion ? YesNo(champion) : "unknown", n.Source,
        }));

    public static byte[] Processes(IEnumerable<ConsultativeProcessOutput> processes) => Write(
        ["key", "name", "also_known_as", "kind", "region", "founded_year", "members", "member_count_stated", "observers", "members_as_of", "members_complete", "source"],
        processes.Select(p => new[]
        {
            p.Key, p.Name, p.AlsoKnownAs, p.Kind, p.Region, p.FoundedYear?.ToString(CultureInfo.InvariantCulture) ?? "unknown",
            string.Join(';', p.Members), p.MemberCountStated, string.Join(';', p.Observers), p.MembersAsOf,
            p.MembersComplete is { } complete ? YesNo(complete) : "not applicable", p.Source,
        }));

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static byte[] Write(string[] header, IEnumerable<string?[]> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var row in rows.Prepend(header))
            {
                foreach (var field in row)
                {
                    csv.WriteField(CsvCell.Inert(field ?? ""));
                }
                csv.NextRecord();
            }
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
