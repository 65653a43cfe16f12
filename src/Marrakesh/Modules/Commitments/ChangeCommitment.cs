using System.Security.Claims;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Commitments;

/// <summary>Changes a commitment (draft or published); the previous state stays in its history.</summary>
public sealed class ChangeCommitment(InputValidator validator, CommitmentRules rules, CommitmentHistory history)
{
    /// <summary>What changes in a commitment: only the fields sent.</summary>
    public sealed record Input : CommitmentFields;

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPatch("/commitments/{id:guid}", async Task<Ok<CommitmentOutput>> (
            Guid id, Input input, ClaimsPrincipal user, ChangeCommitment change, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            Versioning.OkWithETag(response, await change.ExecuteAsync(user, id, Versioning.ExpectedVersion(request), input, ct)))
            .WithName("ChangeCommitment").WithSummary("Change a commitment (send If-Match)").ProducesVersionProblems();

    public async Task<CommitmentOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, int expectedVersion, Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var commitment = await history.LoadForChangeAsync(user, id, expectedVersion, cancellationToken);
        await rules.ApplyAsync(commitment, input, cancellationToken);
        await history.SaveAsync(commitment, "updated", cancellationToken);
        return CommitmentOutput.From(commitment);
    }
}
