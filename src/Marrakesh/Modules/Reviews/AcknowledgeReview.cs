using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Platform.ApiContract;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Reviews;

/// <summary>The secretariat acknowledges receipt of a submitted review.</summary>
public sealed class AcknowledgeReview(ReviewAccess access, Guard guard)
{
    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPost("/reviews/{id:guid}/acknowledge", async Task<Ok<ReviewOutput>> (
            Guid id, ClaimsPrincipal user, AcknowledgeReview acknowledge, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var review = await acknowledge.ExecuteAsync(user, id, Versioning.ExpectedVersion(request), ct);
            return Versioning.OkWithETag(response, review, review.Version);
        }).WithName("AcknowledgeReview").WithSummary("The secretariat acknowledges receipt (send If-Match)")
            .ReadsIfMatch();

    public async Task<ReviewOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        await guard.RequireAsync(user, new ReceiptOf(id), ReviewsPermissions.AcknowledgeReview);
        var review = await access.LoadForChangeAsync(user, id, expectedVersion, cancellationToken);
        review.Acknowledge(user.Email() ?? "secretariat", access.Now);
        return await access.SaveAsync(review, await access.SectionsOfAsync(id, cancellationToken), "acknowledged", cancellationToken);
    }
}
