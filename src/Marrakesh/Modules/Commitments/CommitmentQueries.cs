using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Versions;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Commitments;

/// <summary>Filters for the commitment list; every one optional.</summary>
public sealed record CommitmentFilter(string? Objective = null, string? State = null, string? Status = null);

/// <summary>
/// Reads of the plans. The public sees published commitments; a State's focal points and the secretariat
/// also see that State's drafts.
/// </summary>
public sealed class CommitmentQueries(AppDbContext db, StatesContract states, CatalogueContract catalogue, RecordHistory history)
{
    public async Task<List<Commitment>> ListAsync(CommitmentFilter filter, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var query = db.Set<Commitment>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Objective))
        {
            var objective = await catalogue.RequireObjectiveAsync(filter.Objective, "objective", cancellationToken);
            query = query.Where(c => c.Objective == objective);
        }
        if (!string.IsNullOrWhiteSpace(filter.State))
        {
            var state = await states.RequireStateAsync(filter.State, "state", cancellationToken);
            query = query.Where(c => c.StateIso3 == state);
        }
        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            if (!CommitmentStatus.All.Contains(filter.Status))
            {
                throw new InvalidInputException("status", $"'{filter.Status}' is not a status; use one of: {string.Join(", ", CommitmentStatus.All)}.");
            }
            query = query.Where(c => c.Status == filter.Status);
        }
        query = user.IsSecretariat() ? query
            : user.StateIso3() is { } own && user.IsInRole(Roles.StateFocalPoint) ? query.Where(c => c.PublishedAt != null || c.StateIso3 == own)
            : query.Where(c => c.PublishedAt != null);
        return await query.OrderBy(c => c.StateIso3).ThenBy(c => c.Objective).ThenBy(c => c.CreatedAt).ToListAsync(cancellationToken);
    }

    /// <summary>The commitment if the caller may see it, else null.</summary>
    public async Task<Commitment?> FindAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var commitment = await db.Set<Commitment>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return commitment is not null && (commitment.IsPublished || user.MayActForState(commitment.StateIso3)) ? commitment : null;
    }

    public async Task<Commitment> GetAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await FindAsync(id, user, cancellationToken) ?? throw new NotFoundException($"There is no commitment {id}.");

    public async Task<List<VersionOutput>> VersionsAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var commitment = await GetAsync(id, user, cancellationToken);
        var versions = await history.VersionsAsync(CommitmentHistory.Kind, id, user, cancellationToken);
        // Drafts were never public: others see the history from publication on.
        return user.MayActForState(commitment.StateIso3)
            ? versions
            : [.. versions.SkipWhile(v => v.Change != "published")];
    }
}
