using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Versions;
using Marrakesh.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Commitments;

/// <summary>Filters for the pledge list; every one optional.</summary>
/// <param name="Objective">Objective number.</param>
/// <param name="ActorType">Who pledged.</param>
/// <param name="State">A State: pledges it made or that concern it.</param>
public sealed record PledgeFilter(string? Objective = null, string? ActorType = null, string? State = null);

/// <summary>Reads of pledges. Pledges are public from the moment they are made.</summary>
public sealed class PledgeQueries(AppDbContext db, CatalogueContract catalogue, StatesContract states, RecordHistory history, PublicActors actors)
{
    public async Task<List<PledgeOutput>> ListAsync(PledgeFilter filter, CancellationToken cancellationToken)
    {
        var pledges = await (await FilteredAsync(filter, cancellationToken)).OrderByDescending(p => p.CreatedAt).ToListAsync(cancellationToken);
        return [.. pledges.Select(p => PledgeOutput.From(p))];
    }

    /// <summary>One page of the filtered pledges, newest first, and how many match in all.</summary>
    public async Task<ListOutput<PledgeOutput>> PageAsync(PledgeFilter filter, Paging paging, CancellationToken cancellationToken)
    {
        var query = await FilteredAsync(filter, cancellationToken);
        var total = await query.CountAsync(cancellationToken);
        var pledges = await query.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return new ListOutput<PledgeOutput>([.. pledges.Select(p => PledgeOutput.From(p))], total, paging.Page, paging.PageSize);
    }

    public async Task<int> CountAsync(PledgeFilter filter, CancellationToken cancellationToken) =>
        await (await FilteredAsync(filter, cancellationToken)).CountAsync(cancellationToken);

    private async Task<IQueryable<Pledge>> FilteredAsync(PledgeFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Set<Pledge>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Objective))
        {
            var objective = await catalogue.RequireObjectiveAsync(filter.Objective, "objective", cancellationToken);
            query = query.Where(p => p.Objectives.Contains(objective));
        }
        if (!string.IsNullOrWhiteSpace(filter.ActorType))
        {
            var actorType = OneOfAttribute.Require(filter.ActorType, PledgeVocabulary.ActorTypes, "actorType");
            query = query.Where(p => p.ActorType == actorType);
        }
        if (!string.IsNullOrWhiteSpace(filter.State))
        {
            var state = await states.RequireStateAsync(filter.State, "state", cancellationToken);
            query = query.Where(p => p.OwnerState == state || p.States.Contains(state));
        }
        return query;
    }

    /// <summary>A pledge with its progress notes, their authors named as <paramref name="viewer"/> may see them.</summary>
    public async Task<PledgeOutput?> FindAsync(Guid id, ClaimsPrincipal? viewer, CancellationToken cancellationToken)
    {
        var pledge = await db.Set<Pledge>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (pledge is null)
        {
            return null;
        }
        var progress = await db.Set<PledgeProgress>().AsNoTracking().Where(n => n.PledgeId == id).ToListAsync(cancellationToken);
        return PledgeOutput.From(pledge, progress, await actors.NamerAsync(viewer, progress.Select(n => n.Actor), cancellationToken));
    }

    public async Task<PledgeOutput> GetAsync(Guid id, ClaimsPrincipal? viewer, CancellationToken cancellationToken) =>
        await FindAsync(id, viewer, cancellationToken) ?? throw new NotFoundException($"There is no pledge {id}.");

    public async Task<List<VersionOutput>> VersionsAsync(Guid id, ClaimsPrincipal? viewer, CancellationToken cancellationToken)
    {
        if (!await db.Set<Pledge>().AnyAsync(p => p.Id == id, cancellationToken))
        {
            throw new NotFoundException($"There is no pledge {id}.");
        }
        return await history.VersionsAsync(MakePledge.Kind, id, viewer, cancellationToken);
    }
}
