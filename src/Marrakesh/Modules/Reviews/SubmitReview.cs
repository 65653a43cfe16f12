using System.Security.Claims;

namespace Marrakesh.Modules.Reviews;

/// <summary>Submits a draft review to the secretariat; submitting twice is a conflict.</summary>
public sealed class SubmitReview(ReviewAccess access)
{
    public async Task<ReviewOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var review = await access.LoadForChangeAsync(user, id, expectedVersion, cancellationToken);
        review.Submit(access.Now);
        return await access.SaveAsync(review, await access.SectionsOfAsync(id, cancellationToken), "submitted", cancellationToken);
    }
}
