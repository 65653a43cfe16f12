using System.Security.Claims;
using Marrakesh.Platform.ApiContract;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Versions;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Commitments;

/// <summary>Removes a draft commitment; the audit trail keeps what it was.</summary>
public sealed class RemoveCommitment(AppDbContext db, CommitmentHistory history)
{
    public static void Map(RouteGroupBuilder writes) =>
        writes.MapDelete("/commitments/{id:guid}", async Task<NoContent> (Guid id, ClaimsPrincipal user, RemoveCommitment remove, HttpRequest request, CancellationToken ct) =>
        {
            await remove.ExecuteAsync(user, id, Versioning.ExpectedVersion(request), ct);
            return TypedResults.NoContent();
        }).WithName("RemoveCommitment").WithSummary("Remove a draft commitment (send If-Match)")
            .ProducesProblem(StatusCodes.Status409Conflict).ReadsIfMatch();

    public async Task ExecuteAsync(ClaimsPrincipal user, Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var commitment = await history.LoadForChangeAsync(user, id, expectedVersion, cancellationToken);
        commitment.EnsureRemovable();
        db.Set<Commitment>().Remove(commitment);
        // Its versions go with the draft; the audit trail keeps every one of them.
        db.Set<RecordVersion>().RemoveRange(db.Set<RecordVersion>().Where(v => v.Kind == CommitmentHistory.Kind && v.RecordId == id));
        await db.SaveChangesAsync(cancellationToken);
    }
}
