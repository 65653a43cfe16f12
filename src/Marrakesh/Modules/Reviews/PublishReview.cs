using System.Security.Claims;

namespace Marrakesh.Modules.Reviews;

/// <summary>Publishes a submitted review; from then on it is public and can no longer be edited.</summary>
public sealed class PublishReview(ReviewAccess access)
{
    public async Task<ReviewOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var review = await access.LoadForChangeAsync(user, id, expectedVersion, cancellationToken);
        review.Publish(access.Now);
        return await access.SaveAsync(review, await access.SectionsOfAsync(id, cancellationToken), "published", cancellationToken);
    }
}
