using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Accounts;

/// <summary>Lists accounts with their roles and scope, for administrators.</summary>
public sealed class ListUsers(AppDbContext db)
{
    public sealed record Output(string Id, string Email, IReadOnlyList<string> Roles, string? State, string? Organisation, DateTime CreatedAt);

    public async Task<List<Output>> ExecuteAsync(CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var rolesByUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        return [.. users.Select(u => new Output(u.Id, u.Email!, [.. rolesByUser[u.Id].Order(StringComparer.Ordinal)],
            u.StateIso3, u.Organisation, u.CreatedAt))];
    }
}
