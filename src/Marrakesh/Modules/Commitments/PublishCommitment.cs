using System.Security.Claims;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Commitments;

/// <summary>Makes a draft commitment public.</summary>
public sealed class PublishCommitment(CommitmentHistory history)
{
    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPost("/commitments/{id:guid}/publish", async Task<Ok<CommitmentOutput>> (
            Guid id, ClaimsPrincipal user, PublishCommitment publish, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            Versioning.OkWithETag(response, await publish.ExecuteAsync(user, id, Versioning.ExpectedVersion(request), ct)))
            .WithName("PublishCommitment").WithSummary("Publish a draft commitment (send If-Match)")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesVersionProblems();

    public async Task<CommitmentOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var commitment = await history.LoadForChangeAsync(user, id, expectedVersion, cancellationToken);
        commitment.Publish(history.Now);
        await history.SaveAsync(commitment, "published", cancellationToken);
        return CommitmentOutput.From(commitment);
    }
}
