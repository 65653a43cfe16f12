using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Network;

/// <summary>What other modules may ask of the Network module: who is a member, and what a State takes part in.</summary>
public sealed class NetworkContract(AppDbContext db)
{
    /// <summary>
    /// Goes on when every acronym names a Network member; otherwise a 422 naming <paramref name="field"/> and each
    /// unknown acronym. Fund programmes and hub offers call this, so the membership the secretariat keeps is the one they use.
    /// </summary>
    public async Task RequireMembersAsync(IEnumerable<string> acronyms, string field, CancellationToken cancellationToken)
    {
        var wanted = acronyms.Select(a => a.Trim().ToUpperInvariant()).Distinct().ToList();
        var known = await db.Set<NetworkMember>().Where(m => wanted.Contains(m.Acronym)).Select(m => m.Acronym).ToListAsync(cancellationToken);
        var unknown = wanted.Except(known, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainRuleException(
                $"Not a member of the UN Network on Migration as the platform records it: {string.Join(", ", unknown)}. " +
                "Name members by acronym (GET /api/network/members); the secretariat adds members the record lacks.", field);
        }
    }

    /// <summary>The member a provider's name stands for (by acronym or full name, any case); a 422 naming <paramref name="field"/> otherwise.</summary>
    public async Task<string> RequireMemberNamedAsync(string provider, string field, CancellationToken cancellationToken)
    {
        var name = provider.Trim();
        var upper = name.ToUpperInvariant();
        var members = await db.Set<NetworkMember>().Select(m => new { m.Acronym, m.Name }).ToListAsync(cancellationToken);
        return members.FirstOrDefault(m => m.Acronym == upper || string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))?.Acronym
            ?? throw new DomainRuleException(
                $"'{name}' is not a member of the UN Network on Migration as the platform records it; an offer from a UN Network member names it by acronym or full name (GET /api/network/members).",
                field);
    }

    /// <summary>Acronyms and names of every member, for pages and the search index.</summary>
    public async Task<List<MemberName>> MemberNamesAsync(CancellationToken cancellationToken) =>
        await db.Set<NetworkMember>().AsNoTracking().OrderBy(m => m.Acronym).Select(m => new MemberName(m.Acronym, m.Name, m.Role, m.ExecutiveCommittee))
            .ToListAsync(cancellationToken);

    /// <summary>The consultative processes a State takes part in (as member or observer), and its country network if any.</summary>
    public async Task<StateParticipation> ParticipationOfAsync(string iso3, CancellationToken cancellationToken)
    {
        var processes = await db.Set<ConsultativeProcess>().AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);
        var network = await db.Set<CountryNetwork>().AsNoTracking().FirstOrDefaultAsync(n => n.State == iso3, cancellationToken);
        return new StateParticipation(
            [.. processes.Where(p => p.Members.Contains(iso3) || p.Observers.Contains(iso3))
                .Select(p => new ProcessTakenPart(p.Key, p.Name, p.AlsoKnownAs, p.FoundedYear, p.Observers.Contains(iso3) ? "observer" : "member"))],
            network is null ? null : new CountryNetworkSummary(network.Id, network.ResidentCoordinatorOffice, network.Members, network.Champion));
    }

    /// <summary>A member's acronym, name, role and Executive Committee seat.</summary>
    public sealed record MemberName(string Acronym, string Name, string Role, bool ExecutiveCommittee);

    /// <summary>What a State takes part in.</summary>
    public sealed record StateParticipation(IReadOnlyList<ProcessTakenPart> Processes, CountryNetworkSummary? CountryNetwork);

    /// <summary>A process a State takes part in, as member or observer.</summary>
    public sealed record ProcessTakenPart(string Key, string Name, string? AlsoKnownAs, int? FoundedYear, string As);

    /// <summary>A State's country network.</summary>
    public sealed record CountryNetworkSummary(Guid Id, string? ResidentCoordinatorOffice, IReadOnlyList<string> Members, bool? Champion);
}
