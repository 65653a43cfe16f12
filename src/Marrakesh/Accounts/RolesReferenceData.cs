using Marrakesh.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Accounts;

/// <summary>Makes sure every role of <see cref="Roles"/> exists.</summary>
internal sealed class RolesReferenceData(AppDbContext db) : IReferenceData
{
    public string Name => "roles";

    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(cancellationToken);
        foreach (var role in Roles.All.Except(existing))
        {
            db.Roles.Add(new IdentityRole(role!) { NormalizedName = role!.ToUpperInvariant() });
        }
        return await db.SaveChangesAsync(cancellationToken);
    }
}
