using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Platform.Errors;

namespace Marrakesh.Modules.Reviews;

/// <summary>The secretariat acknowledges receipt of a submitted review.</summary>
public sealed class AcknowledgeReview(ReviewAccess access)
{
    public async Task<ReviewOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        if (!user.IsSecretariat())
        {
            throw new ForbiddenException("Only the secretariat acknowledges receipt of a review.");
        }
        var review = await access.LoadForChangeAsync(user, id, expectedVersion, cancellationToken);
        review.Acknowledge(user.Email() ?? "secretariat", access.Now);
        return await access.SaveAsync(review, await access.SectionsOfAsync(id, cancellationToken), "acknowledged", cancellationToken);
    }
}
