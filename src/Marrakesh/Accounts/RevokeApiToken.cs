using System.Security.Claims;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Accounts;

/// <summary>Revokes one of the caller's own tokens; it stops working at once.</summary>
public sealed class RevokeApiToken(AppDbContext db, TimeProvider clock)
{
    public static void Map(RouteGroupBuilder signedIn) =>
        signedIn.MapDelete("/tokens/{id:guid}", async Task<NoContent> (Guid id, ClaimsPrincipal user, RevokeApiToken revoke, CancellationToken ct) =>
        {
            await revoke.ExecuteAsync(user.Id()!, id, ct);
            return TypedResults.NoContent();
        }).WithName("RevokeToken").WithSummary("Revoke one of the caller's tokens")
            .ProducesProblem(StatusCodes.Status404NotFound);

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
