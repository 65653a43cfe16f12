using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Knowledge;

/// <summary>
/// Who sees and who changes a practice, as <see cref="KnowledgePermissions"/> declares. Published ones are public.
/// Until then only those who may write it see it; to everyone else it does not exist (404).
/// </summary>
public sealed class PracticeAccess(AppDbContext db, Guard guard)
{
    public Task<bool> MayWriteAsync(ClaimsPrincipal user, Practice practice) => guard.AllowsAsync(user, practice, KnowledgePermissions.WritePractice);

    /// <summary>A practice the caller may see, tracked when it is to be changed.</summary>
    public async Task<Practice> LoadVisibleAsync(ClaimsPrincipal user, Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var practices = tracked ? db.Set<Practice>() : db.Set<Practice>().AsNoTracking();
        var practice = await practices.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return practice is not null && (practice.IsPublic || await MayWriteAsync(user, practice))
            ? practice
            : throw new NotFoundException($"There is no practice {id}.");
    }

    /// <summary>A practice the caller may write: 404 when hidden, 403 when only visible.</summary>
    public async Task<Practice> LoadWritableAsync(ClaimsPrincipal user, Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var practice = await LoadVisibleAsync(user, id, tracked, cancellationToken);
        await guard.RequireAsync(user, practice, KnowledgePermissions.WritePractice);
        return practice;
    }

    /// <summary>A practice its author (or the secretariat) is about to edit, at the version they read.</summary>
    public async Task<Practice> LoadForEditAsync(ClaimsPrincipal user, Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var practice = await LoadWritableAsync(user, id, tracked: true, cancellationToken);
        Versioning.Check(expectedVersion, practice.Version);
        return practice;
    }

    /// <summary>A practice the secretariat is about to review: 404 when hidden, 403 when only visible.</summary>
    public async Task<Practice> LoadForReviewAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var practice = await LoadVisibleAsync(user, id, tracked: true, cancellationToken);
        await guard.RequireAsync(user, practice, KnowledgePermissions.ReviewPractice);
        return practice;
    }
}
