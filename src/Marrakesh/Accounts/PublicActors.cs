using System.Security.Claims;
using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Accounts;

/// <summary>
/// What an answer says of who wrote something. A person's email is shown only to the secretariat and admins; everyone
/// else reads the account's role and its State or organisation ("state-focal-point, MAR"), never personal data.
/// </summary>
public sealed class PublicActors(AppDbContext db)
{
    public const string Operator = "platform operator";
    public const string Account = "platform account";

    /// <summary>A function naming each of <paramref name="actors"/> (as the audit trail records them) for <paramref name="viewer"/>.</summary>
    public async Task<Func<string, string>> NamerAsync(ClaimsPrincipal? viewer, IEnumerable<string> actors, CancellationToken cancellationToken)
    {
        if (viewer?.IsSecretariat() == true)
        {
            return actor => actor;
        }
        var emails = actors.Where(a => a.Contains('@', StringComparison.Ordinal)).Select(a => a.ToUpperInvariant()).Distinct().ToList();
        var accounts = emails.Count == 0 ? [] : await db.Users.AsNoTracking().Where(u => emails.Contains(u.NormalizedEmail!))
            .Select(u => new
            {
                u.NormalizedEmail,
                u.StateIso3,
                u.Organisation,
                Role = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, role => role.Id, (_, role) => role.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var described = accounts.ToDictionary(a => a.NormalizedEmail!, a => string.Join(", ", new[] { a.Role ?? Account, a.StateIso3 ?? a.Organisation }.OfType<string>()));
        return actor => actor.Contains('@', StringComparison.Ordinal) ? described.GetValueOrDefault(actor.ToUpperInvariant(), Account)
            : actor.StartsWith("cli:", StringComparison.Ordinal) ? Operator
            : actor;
    }
}
