using System.Security.Claims;
using Marrakesh.Platform.ApiContract;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Reviews;

/// <summary>Submits a draft review to the secretariat; submitting twice is a conflict.</summary>
public sealed class SubmitReview(ReviewAccess access)
{
    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPost("/reviews/{id:guid}/submit", async Task<Ok<ReviewOutput>> (
            Guid id, ClaimsPrincipal user, SubmitReview submit, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var review = await submit.ExecuteAsync(user, id, Versioning.ExpectedVersion(request), ct);
            return Versioning.OkWithETag(response, review, review.Version);
        }).WithName("SubmitReview").WithSummary("Submit a draft (send If-Match)")
            .ReadsIfMatch();

    public async Task<ReviewOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var review = await access.LoadForChangeAsync(user, id, expectedVersion, cancellationToken);
        review.Submit(access.Now);
        return await access.SaveAsync(review, await access.SectionsOfAsync(id, cancellationToken), "submitted", cancellationToken);
    }
}
