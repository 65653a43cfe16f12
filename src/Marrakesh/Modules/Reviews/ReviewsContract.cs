using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Reviews;

/// <summary>What other modules may ask of the review cycles and national reviews.</summary>
public sealed class ReviewsContract(AppDbContext db)
{
    /// <summary>Every published national review's words (its sections' narratives), for the search index.</summary>
    public Task<List<ReviewText>> PublishedReviewTextsAsync(CancellationToken cancellationToken) => TextsAsync(null, cancellationToken);

    /// <summary>One review's words while it is published, else null.</summary>
    public async Task<ReviewText?> PublishedReviewTextAsync(Guid id, CancellationToken cancellationToken) =>
        (await TextsAsync(id, cancellationToken)).SingleOrDefault();

    /// <summary>The kind under which reviews' versions are recorded.</summary>
    public const string ReviewKind = ReviewAccess.Kind;

    private async Task<List<ReviewText>> TextsAsync(Guid? only, CancellationToken cancellationToken)
    {
        var published = db.Set<NationalReview>().AsNoTracking().Where(r => r.Status == ReviewStatus.Published);
        var reviews = await (only is { } id ? published.Where(r => r.Id == id) : published)
            .Select(r => new { r.Id, r.CycleId, r.StateIso3 }).ToListAsync(cancellationToken);
        var ids = reviews.Select(r => r.Id).ToList();
        var sections = (await db.Set<ReviewSection>().AsNoTracking().Where(s => ids.Contains(s.ReviewId))
            .Select(s => new { s.ReviewId, s.Objective, s.Narrative }).ToListAsync(cancellationToken)).ToLookup(s => s.ReviewId);
        return [.. reviews.Select(r => new ReviewText(r.Id, r.CycleId, r.StateIso3,
            string.Join("\n\n", sections[r.Id].OrderBy(s => s.Objective).Select(s => s.Narrative)),
            [.. sections[r.Id].Select(s => s.Objective).Distinct().Order()]))];
    }

    /// <summary>A published national review's searchable words.</summary>
    public sealed record ReviewText(Guid Id, string Cycle, string State, string Text, List<int> Objectives);
}
