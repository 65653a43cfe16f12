using System.Security.Claims;
using Marrakesh.Platform.ApiContract;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Reviews;

/// <summary>Publishes a submitted review; from then on it is public and changes only as a new version with a reason.</summary>
public sealed class PublishReview(ReviewAccess access)
{
    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPost("/reviews/{id:guid}/publish", async Task<Ok<ReviewOutput>> (
            Guid id, ClaimsPrincipal user, PublishReview publish, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var review = await publish.ExecuteAsync(user, id, Versioning.ExpectedVersion(request), ct);
            return Versioning.OkWithETag(response, review, review.Version);
        }).WithName("PublishReview").WithSummary("Publish a submitted review (send If-Match)")
            .ReadsIfMatch();

    public async Task<ReviewOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var review = await access.LoadForChangeAsync(user, id, expectedVersion, cancellationToken);
        review.Publish(access.Now);
        return await access.SaveAsync(review, await access.SectionsOfAsync(id, cancellationToken), "published", cancellationToken);
    }
}
