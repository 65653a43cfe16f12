using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Versions;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Reviews;

/// <summary>Loads a review for a change by those <see cref="ReviewsPermissions.WriteReview"/> allows, and saves it as a new version.</summary>
public sealed class ReviewAccess(AppDbContext db, RecordHistory history, Guard guard)
{
    public const string Kind = "review";

    public DateTime Now => history.Now;

    public async Task<NationalReview> LoadForChangeAsync(ClaimsPrincipal user, Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var review = await db.Set<NationalReview>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        // An unpublished review is not shown to those who may not write it, so to them it does not exist.
        if (review is null || (!review.IsPublic && !await guard.AllowsAsync(user, new ReviewOf(review.StateIso3), ReviewsPermissions.WriteReview)))
        {
            throw new NotFoundException($"There is no review {id}.");
        }
        await guard.RequireAsync(user, new ReviewOf(review.StateIso3), ReviewsPermissions.WriteReview);
        Platform.Web.Versioning.Check(expectedVersion, review.Version);
        return review;
    }

    public Task<List<ReviewSection>> SectionsOfAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<ReviewSection>().AsNoTracking().Where(s => s.ReviewId == id).ToListAsync(cancellationToken);

    /// <summary>Saves the review (and any section changes already made on the context) as a new version.</summary>
    public async Task<ReviewOutput> SaveAsync(NationalReview review, IReadOnlyList<ReviewSection> sections, string change, CancellationToken cancellationToken, string? reason = null)
    {
        await history.SaveAsync(review, Kind, () => ReviewOutput.From(review, sections), change, reason, cancellationToken);
        return ReviewOutput.From(review, sections);
    }
}
