using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Accounts;

/// <summary>The caller's tokens, newest first, without their secret values.</summary>
public sealed class ListApiTokens(AppDbContext db, TimeProvider clock)
{
    /// <summary>A token as its owner sees it later: never the token itself.</summary>
    public sealed record Output(Guid Id, string Name, string Hint, DateTime CreatedAt, DateTime ExpiresAt, DateTime? RevokedAt, bool Active);

    /// <summary>One of the caller's tokens; another account's is not found.</summary>
    public async Task<Output> GetAsync(string userId, Guid id, CancellationToken cancellationToken) =>
        (await ExecuteAsync(userId, cancellationToken)).FirstOrDefault(t => t.Id == id) ?? throw new Platform.Errors.NotFoundException("No such token.");

    public async Task<List<Output>> ExecuteAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId)
            .OrderByDescending(t => t.CreatedAt).ToListAsync(cancellationToken);
        return [.. tokens.Select(t => new Output(t.Id, t.Name, t.Hint + "…", t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.IsActiveAt(now)))];
    }
}
