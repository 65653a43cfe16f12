using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Versions;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Reviews;

/// <summary>Loads a review for a change by its State's focal points or the secretariat, and saves it as a new version.</summary>
public sealed class ReviewAccess(AppDbContext db, RecordHistory history)
{
    public const string Kind = "review";

    public DateTime Now => history.Now;

    public async Task<NationalReview> LoadForChangeAsync(ClaimsPrincipal user, Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var review = await db.Set<NationalReview>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (review is null || (!review.IsPublic && !user.MayActForState(review.StateIso3)))
        {
            throw new NotFoundException($"There is no review {id}.");
        }
        if (!user.MayActForState(review.StateIso3))
        {
            throw new ForbiddenException($"Only {review.StateIso3}'s focal points and the secretariat change this review.");
        }
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
