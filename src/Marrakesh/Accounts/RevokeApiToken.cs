using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Accounts;

/// <summary>Revokes one of the caller's own tokens; it stops working at once.</summary>
public sealed class RevokeApiToken(AppDbContext db, TimeProvider clock)
{
    public async Task ExecuteAsync(string userId, Guid tokenId, CancellationToken cancellationToken)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, cancellationToken)
            ?? throw new NotFoundException($"You have no token {tokenId}.");
        if (token.RevokedAt is not null)
        {
            return; // revoking twice is harmless
        }
        token.RevokedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }
}
