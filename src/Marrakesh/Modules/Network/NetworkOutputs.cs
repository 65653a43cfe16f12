using Marrakesh.Platform.Web;

namespace Marrakesh.Modules.Network;

/// <summary>A member of the UN Network on Migration.</summary>
/// <param name="Acronym">The entity's acronym, e.g. IOM.</param>
/// <param name="Name">Its full name.</param>
/// <param name="ExecutiveCommittee">Whether it sits on the Network's Executive Committee.</param>
/// <param name="Role">coordinator-and-secretariat (IOM, GCM para 45(a)) or member.</param>
/// <param name="Since">Since when, in the source's words; null when not recorded.</param>
/// <param name="Verified">Whether the membership was seen in a source.</param>
/// <param name="Source">Where the membership is recorded.</param>
/// <param name="Note">Remarks.</param>
/// <param name="Version">The entry's version (its ETag).</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record NetworkMemberOutput(
    string Acronym, string Name, bool ExecutiveCommittee, string Role, string? Since, bool Verified, string? Source, string? Note,
    int Version, DateTime UpdatedAt) : IVersionedOutput
{
    public static NetworkMemberOutput From(NetworkMember m) =>
        new(m.Acronym, m.Name, m.ExecutiveCommittee, m.Role, m.Since, m.Verified, m.Source, m.Note, m.Version, m.UpdatedAt);
}

/// <summary>The Network's members as the platform knows them.</summary>
/// <param name="Items">The known members, Executive Committee first.</param>
/// <param name="Total">How many members the platform knows (not the Network's size: see membershipComplete).</param>
/// <param name="MembershipComplete">False: the record verifies only the Executive Committee, so the total membership is unknown.</param>
/// <param name="Membership">The same in words, e.g. "known members: 9; total not recorded".</param>
public sealed record NetworkMembersOutput(IReadOnlyList<NetworkMemberOutput> Items, int Total, bool MembershipComplete, string Membership);

/// <summary>A member with what it takes part in.</summary>
/// <param name="Member">The member.</param>
/// <param name="Workstreams">Workstreams it leads.</param>
/// <param name="CountryNetworks">Regional and country networks it takes part in.</param>
/// <param name="HubOffers">The hub offers it provides (signed-in callers).</param>
/// <param name="FundProgrammes">Public fund programmes it participates in.</param>
public sealed record NetworkMemberDetailOutput(
    NetworkMemberOutput Member, IReadOnlyList<WorkstreamOutput> Workstreams, IReadOnlyList<CountryNetworkOutput> CountryNetworks,
    string HubOffers, IReadOnlyList<MemberProgrammeOutput> FundProgrammes);

/// <summary>A fund programme a member participates in.</summary>
/// <param name="Id">The programme.</param>
/// <param name="Title">Its title.</param>
/// <param name="Status">Its status.</param>
/// <param name="Link">Where to read it.</param>
public sealed record MemberProgrammeOutput(Guid Id, string Title, string Status, string Link);

/// <summary>A workstream of the Network.</summary>
/// <param name="Id">The workstream.</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">What it does.</param>
/// <param name="Leads">Acronyms of the members that lead it.</param>
/// <param name="Objectives">Compact objectives it serves.</param>
/// <param name="Source">Where it is recorded.</param>
/// <param name="Version">Its version (ETag).</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record WorkstreamOutput(
    Guid Id, string Name, string? Description, IReadOnlyList<string> Leads, IReadOnlyList<int> Objectives, string Source,
    int Version, DateTime UpdatedAt) : IVersionedOutput
{
    public static WorkstreamOutput From(NetworkWorkstream w) =>
        new(w.Id, w.Name, w.Description, w.Leads, w.Objectives, w.Source, w.Version, w.UpdatedAt);
}

/// <summary>A regional or country network of the Network.</summary>
/// <param name="Id">The network.</param>
/// <param name="Scope">country or regional.</param>
/// <param name="State">ISO3 of the State, for a country network.</param>
/// <param name="Region">The region, for a regional network.</param>
/// <param name="ResidentCoordinatorOffice">The resident coordinator's office that convenes it.</param>
/// <param name="Members">Acronyms of the members taking part.</param>
/// <param name="Champion">Whether the country is a "champion" of the Compact; null when not recorded.</param>
/// <param name="Source">Where it is recorded.</param>
/// <param name="Version">Its version (ETag).</param>
/// <param name="UpdatedAt">When it last changed.</param>
public sealed record CountryNetworkOutput(
    Guid Id, string Scope, string? State, string? Region, string? ResidentCoordinatorOffice, IReadOnlyList<string> Members,
    bool? Champion, string Source, int Version, DateTime UpdatedAt) : IVersionedOutput
{
    public static CountryNetworkOutput From(CountryNetwork n) =>
        new(n.Id, n.Scope, n.State, n.Region, n.ResidentCoordinatorOffice, n.Members, n.Champion, n.Source, n.Version, n.UpdatedAt);
}

/// <summary>An inter-State consultation mechanism on migration.</summary>
/// <param name="Key">kebab-case key, e.g. rabat-process.</param>
/// <param name="Name">Its name.</param>
/// <param name="AlsoKnownAs">Other names.</param>
/// <param name="Kind">regional-consultative-process, regional-migration-dialogue or global-forum.</param>
/// <param name="Region">Its region.</param>
/// <param name="FoundedYear">The year it was founded, as its sources give it; null when not recorded.</param>
/// <param name="FoundedDetail">How it was founded.</param>
/// <param name="Members">ISO3 of its member States as listed by the source; empty where no list was readable.</param>
/// <param name="MemberCountStated">The source's own count, in its words.</param>
/// <param name="Observers">ISO3 of observer States.</param>
/// <param name="MembersAsOf">The date of the member list, in the source's words.</param>
/// <param name="MembersComplete">Whether the member list is complete; null where no list applies (the GFMD).</param>
/// <param name="MembersCompleteNote">The source's words on completeness.</param>
/// <param name="Source">Where the facts come from.</param>
/// <param name="Note">Conflicts and gaps between sources.</param>
public sealed record ConsultativeProcessOutput(
    string Key, string Name, string? AlsoKnownAs, string Kind, string? Region, int? FoundedYear, string? FoundedDetail,
    IReadOnlyList<string> Members, string? MemberCountStated, IReadOnlyList<string> Observers, string? MembersAsOf,
    bool? MembersComplete, string? MembersCompleteNote, string Source, string? Note)
{
    public static ConsultativeProcessOutput From(ConsultativeProcess p) => new(
        p.Key, p.Name, p.AlsoKnownAs, p.Kind, p.Region, p.FoundedYear, p.FoundedDetail, p.Members, p.MemberCountStated,
        p.Observers, p.MembersAsOf, p.MembersComplete, p.MembersCompleteNote, p.Source, p.Note);
}
