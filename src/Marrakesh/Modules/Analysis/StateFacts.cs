using System.Globalization;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;

namespace Marrakesh.Modules.Analysis;

/// <summary>What a claim may ask of one State. A null answer means the record cannot say.</summary>
public sealed record StateFact(string Iso3, string Name, string Region, string SubRegion, string? IntermediateRegion, string? Vote,
    IReadOnlySet<string> Groupings, bool? AdoptedAtMarrakesh, bool? DidNotParticipate, bool NotifiedUn, IcrmwPosition? Icrmw)
{
    public bool InRegion(string name) =>
        string.Equals(Region, name, StringComparison.OrdinalIgnoreCase) || string.Equals(SubRegion, name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(IntermediateRegion, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Party to the 1990 Convention on <paramref name="date"/>: true, false, or null when only the year is known and it is the date's year.</summary>
    public bool? IcrmwPartyOn(DateOnly date)
    {
        if (Icrmw is null)
        {
            // The status page is current to its last action; after it, a State missing from it may have joined since.
            return date <= StateFactBook.IcrmwCurrentTo ? false : null;
        }
        if (Icrmw.Date is { } exact)
        {
            return exact <= date;
        }
        return Icrmw.Year < date.Year ? true : Icrmw.Year > date.Year ? false : null;
    }
}

/// <summary>A State's ratification or accession to the 1990 Convention: the exact date, or the year alone where only it is known.</summary>
public sealed record IcrmwPosition(DateOnly? Date, int Year, string Action, string Source);

/// <summary>Each State's facts, with the dates and sources each kind of fact is known from.</summary>
public sealed class StateFactBook(IReadOnlyList<StateFact> states, IReadOnlyList<NetworkMemberFact> networkMembers, IReadOnlyDictionary<string, string> marrakeshSources)
{
    /// <summary>The last action on the UNTC status page copy of the 1990 Convention (Côte d'Ivoire's accession).</summary>
    public static readonly DateOnly IcrmwCurrentTo = new(2023, 9, 26);

    public IReadOnlyList<StateFact> States { get; } = states;
    public IReadOnlyDictionary<string, StateFact> ByIso3 { get; } = states.ToDictionary(s => s.Iso3, StringComparer.Ordinal);
    public IReadOnlyList<NetworkMemberFact> NetworkMembers { get; } = networkMembers;
    /// <summary>Is the Network's membership complete in the record? Not yet: only the Executive Committee is verified.</summary>
    public bool NetworkMembershipComplete => false;
    /// <summary>The sources of each State's Marrakesh record, by ISO3.</summary>
    public IReadOnlyDictionary<string, string> MarrakeshSources { get; } = marrakeshSources;
}

/// <summary>A member entity of the UN Network on Migration as the record holds it.</summary>
public sealed record NetworkMemberFact(string Acronym, bool ExecutiveCommittee, string Source);

/// <summary>
/// Builds the fact book from the States and Instruments modules and the reference files in Modules/Analysis/Data (sources in its
/// SOURCES.md). The files change only with a release; the States' rows with a restart's reference refresh.
/// </summary>
public sealed class StateFactsSource(StatesContract states, Instruments.InstrumentsContract instruments)
{
    private static readonly Lazy<ReferenceFiles> Files = new(ReferenceFiles.Read);

    public async Task<StateFactBook> LoadAsync(CancellationToken cancellationToken)
    {
        var files = Files.Value;
        // The vote comes from the recorded vote rows, the one source of truth for it; observers have none.
        var votes = await instruments.VotesAsync("A/RES/73/195", cancellationToken);
        var marrakeshRecords = await instruments.MarrakeshRecordsAsync(cancellationToken);
        var facts = (await states.ProfilesAsync(cancellationToken)).Select(s =>
        {
            var status = marrakeshRecords.TryGetValue(s.Iso3, out var record) ? record.Status : null;
            return new StateFact(s.Iso3, s.Name, s.Region, s.SubRegion, s.IntermediateRegion, votes.GetValueOrDefault(s.Iso3),
                files.Groupings.GetValueOrDefault(s.Iso3) ?? new HashSet<string>(),
                status switch { "adopted" or "adopted_then_withdrew_then_rejoined" => true, "did_not_participate" => false, _ => null },
                status switch { "did_not_participate" => true, "adopted" or "adopted_then_withdrew_then_rejoined" => false, _ => null },
                files.NotifiedUn.Contains(s.Iso3),
                files.Icrmw.GetValueOrDefault(s.Iso3));
        }).ToList();
        return new StateFactBook(facts, files.Network, marrakeshRecords.ToDictionary(m => m.Key, m => m.Value.Sources, StringComparer.Ordinal));
    }

    private sealed record ReferenceFiles(Dictionary<string, HashSet<string>> Groupings, HashSet<string> NotifiedUn,
        Dictionary<string, IcrmwPosition> Icrmw, List<NetworkMemberFact> Network)
    {
        public static ReferenceFiles Read()
        {
            var groupings = EmbeddedCsv.Read<GroupingRow>("analysis_groupings.csv").ToDictionary(g => g.Iso3, g => new HashSet<string>(
                new[] { (g.Oecd, "oecd"), (g.Oecd2018, "oecd-2018"), (g.Eu, "eu"), (g.Eu2018, "eu-2018"), (g.Au, "au") }.Where(p => p.Item1 == 1).Select(p => p.Item2),
                StringComparer.Ordinal), StringComparer.Ordinal);
            var notifiedUn = EmbeddedCsv.Read<NotifiedRow>("analysis_notified_un.csv").Select(n => n.Iso3).ToHashSet(StringComparer.Ordinal);
            var icrmw = EmbeddedCsv.Read<IcrmwRow>("analysis_icrmw_parties.csv").Where(r => r.Status == "party" && r.RatificationOrAccessionYear is not null)
                .ToDictionary(r => r.Iso3, r => new IcrmwPosition(
                    string.IsNullOrWhiteSpace(r.RatificationOrAccessionDate) ? null : DateOnly.ParseExact(r.RatificationOrAccessionDate, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    r.RatificationOrAccessionYear!.Value, r.Action ?? "", r.DateSource), StringComparer.Ordinal);
            var network = EmbeddedCsv.Read<NetworkRow>("analysis_network_members.csv")
                .Where(n => n.MemberVerified == "yes").Select(n => new NetworkMemberFact(n.Acronym, n.ExecutiveCommittee == "yes", n.Source)).ToList();
            return new ReferenceFiles(groupings, notifiedUn, icrmw, network);
        }
    }

    private sealed record GroupingRow(string Iso3, int Oecd, int Oecd2018, int Eu, int Eu2018, int Au);
    private sealed record NotifiedRow(string Iso3, string Country);
    private sealed record IcrmwRow(string Iso3, string Status, string? RatificationOrAccessionDate, int? RatificationOrAccessionYear, string? Action, string DateSource);
    private sealed record NetworkRow(string Acronym, string ExecutiveCommittee, string MemberVerified, string Source);
}
