using Marrakesh.Modules.Fund;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Network;

/// <summary>The public reads of the Network and of the consultative processes, for the API and the pages.</summary>
public sealed class NetworkQueries(AppDbContext db, FundContract fund)
{
    public async Task<NetworkMembersOutput> MembersAsync(CancellationToken cancellationToken)
    {
        var members = await db.Set<NetworkMember>().AsNoTracking().ToListAsync(cancellationToken);
        var items = members
            .OrderByDescending(m => m.Role == NetworkVocabulary.Coordinator).ThenByDescending(m => m.ExecutiveCommittee).ThenBy(m => m.Acronym, StringComparer.Ordinal)
            .Select(NetworkMemberOutput.From).ToList();
        // The record verifies only the Executive Committee: a count of the Network's members would be invented.
        return new NetworkMembersOutput(items, items.Count, MembershipComplete: false, $"known members: {items.Count}; total not recorded");
    }

    public async Task<NetworkMember> MemberEntityAsync(string acronym, CancellationToken cancellationToken)
    {
        var key = acronym.Trim().ToUpperInvariant();
        return await db.Set<NetworkMember>().AsNoTracking().FirstOrDefaultAsync(m => m.Acronym == key, cancellationToken)
            ?? throw new NotFoundException($"The platform records no Network member with the acronym '{acronym}'.");
    }

    public async Task<NetworkMemberDetailOutput> MemberAsync(string acronym, CancellationToken cancellationToken)
    {
        var member = await MemberEntityAsync(acronym, cancellationToken);
        var workstreams = (await WorkstreamsAsync(cancellationToken)).Where(w => w.Leads.Contains(member.Acronym)).ToList();
        var networks = (await CountryNetworksAsync(null, cancellationToken)).Where(n => n.Members.Contains(member.Acronym)).ToList();
        var programmes = await fund.PublicProgrammesOfAsync(member.Acronym, cancellationToken);
        return new NetworkMemberDetailOutput(NetworkMemberOutput.From(member), workstreams, networks,
            $"/api/hub/offers?provider={Uri.EscapeDataString(member.Acronym)}",
            [.. programmes.Select(p => new MemberProgrammeOutput(p.Id, p.Title, p.Status, $"/api/fund/programmes/{p.Id}"))]);
    }

    public async Task<List<WorkstreamOutput>> WorkstreamsAsync(CancellationToken cancellationToken) =>
        [.. (await db.Set<NetworkWorkstream>().AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(w => w.Name, StringComparer.Ordinal).Select(WorkstreamOutput.From)];

    public async Task<WorkstreamOutput> WorkstreamAsync(Guid id, CancellationToken cancellationToken) =>
        WorkstreamOutput.From(await db.Set<NetworkWorkstream>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken)
            ?? throw new NotFoundException("The Network has no workstream with this id."));

    /// <param name="state">Only the network of this State (ISO3), when given.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task<List<CountryNetworkOutput>> CountryNetworksAsync(string? state, CancellationToken cancellationToken)
    {
        var query = db.Set<CountryNetwork>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(state))
        {
            var code = StatesContract.ParseIso3(state.Trim(), "state");
            query = query.Where(n => n.State == code);
        }
        return [.. (await query.ToListAsync(cancellationToken))
            .OrderBy(n => n.Scope, StringComparer.Ordinal).ThenBy(n => n.State ?? n.Region, StringComparer.Ordinal).Select(CountryNetworkOutput.From)];
    }

    public async Task<CountryNetworkOutput> CountryNetworkAsync(Guid id, CancellationToken cancellationToken) =>
        CountryNetworkOutput.From(await db.Set<CountryNetwork>().AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken)
            ?? throw new NotFoundException("The Network has no regional or country network with this id."));

    /// <param name="state">Only processes this State (ISO3) takes part in, as member or observer.</param>
    /// <param name="kind">Only processes of this kind.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task<List<ConsultativeProcessOutput>> ProcessesAsync(string? state, string? kind, CancellationToken cancellationToken)
    {
        var processes = await db.Set<ConsultativeProcess>().AsNoTracking().ToListAsync(cancellationToken);
        IEnumerable<ConsultativeProcess> selected = processes.OrderBy(p => p.Name, StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(state))
        {
            var code = StatesContract.ParseIso3(state.Trim(), "state");
            selected = selected.Where(p => p.Members.Contains(code) || p.Observers.Contains(code));
        }
        if (!string.IsNullOrWhiteSpace(kind))
        {
            var canonical = OneOfAttribute.Require(kind, NetworkVocabulary.ProcessKinds, "kind");
            selected = selected.Where(p => p.Kind == canonical);
        }
        return [.. selected.Select(ConsultativeProcessOutput.From)];
    }

    public async Task<ConsultativeProcessOutput> ProcessAsync(string key, CancellationToken cancellationToken)
    {
        var wanted = key.Trim().ToLowerInvariant();
        return ConsultativeProcessOutput.From(await db.Set<ConsultativeProcess>().AsNoTracking().FirstOrDefaultAsync(p => p.Key == wanted, cancellationToken)
            ?? throw new NotFoundException($"No consultative process has the key '{key}'."));
    }
}
