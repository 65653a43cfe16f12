using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Versions;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Reviews;

/// <summary>Reads of cycles and reviews. Published reviews are public; drafts and submissions are seen by their State's focal points and the secretariat.</summary>
public sealed class ReviewQueries(AppDbContext db, RecordHistory history, Guard guard)
{
    public async Task<List<ReviewCycle>> CyclesAsync(string? kind, string? year, CancellationToken cancellationToken)
    {
        var query = db.Set<ReviewCycle>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (!ReviewCycleKinds.All.Contains(kind))
            {
                throw new InvalidInputException("kind", $"'{kind}' is not a kind of cycle; use one of: {string.Join(", ", ReviewCycleKinds.All)}.");
            }
            query = query.Where(c => c.Kind == kind);
        }
        if (!string.IsNullOrWhiteSpace(year))
        {
            var y = int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
                ? parsed : throw new InvalidInputException("year", $"'{year}' is not a year.");
            query = query.Where(c => c.Year == y);
        }
        return await query.OrderBy(c => c.Year).ThenBy(c => c.Kind).ThenBy(c => c.Commission).ToListAsync(cancellationToken);
    }

    public async Task<ReviewCycle> CycleAsync(string id, CancellationToken cancellationToken) =>
        await db.Set<ReviewCycle>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new NotFoundException($"There is no review cycle {id}; ids read like imrf-2026, regional-ece-2024 or sg-report-2026.");

    public async Task<List<ReviewOutput>> ReviewsAsync(string cycleId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await CycleAsync(cycleId, cancellationToken);
        var reviews = await Visible(db.Set<NationalReview>().AsNoTracking().Where(r => r.CycleId == cycleId), user)
            .OrderBy(r => r.StateIso3).ToListAsync(cancellationToken);
        var ids = reviews.Select(r => r.Id).ToList();
        var sections = (await db.Set<ReviewSection>().AsNoTracking().Where(s => ids.Contains(s.ReviewId)).ToListAsync(cancellationToken))
            .ToLookup(s => s.ReviewId);
        return [.. reviews.Select(r => ReviewOutput.From(r, sections[r.Id]))];
    }

    public async Task<ReviewOutput> ReviewAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var review = await Visible(db.Set<NationalReview>().AsNoTracking().Where(r => r.Id == id), user).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"There is no review {id}.");
        var sections = await db.Set<ReviewSection>().AsNoTracking().Where(s => s.ReviewId == id).ToListAsync(cancellationToken);
        return ReviewOutput.From(review, sections);
    }

    /// <summary>A review's versions; the public sees them from publication on.</summary>
    public async Task<List<VersionOutput>> VersionsAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var review = await ReviewAsync(id, user, cancellationToken);
        var versions = await history.VersionsAsync(ReviewAccess.Kind, id, user, cancellationToken);
        return await guard.AllowsAsync(user, new ReviewOf(review.State), ReviewsPermissions.WriteReview)
            ? versions
            : [.. versions.SkipWhile(v => v.Change != "published")];
    }

    /// <summary>A State's reviews across cycles, oldest first, as the caller may see them.</summary>
    public async Task<List<ReviewOutput>> ForStateAsync(string iso3, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var reviews = await Visible(db.Set<NationalReview>().AsNoTracking().Where(r => r.StateIso3 == iso3), user)
            .OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
        var ids = reviews.Select(r => r.Id).ToList();
        var sections = (await db.Set<ReviewSection>().AsNoTracking().Where(s => ids.Contains(s.ReviewId)).ToListAsync(cancellationToken))
            .ToLookup(s => s.ReviewId);
        return [.. reviews.Select(r => ReviewOutput.From(r, sections[r.Id]))];
    }

    /// <summary>Published review sections on one objective, newest first.</summary>
    public async Task<List<(string State, string Cycle, SectionOutput Section)>> PublishedSectionsOnAsync(int objective, CancellationToken cancellationToken)
    {
        var rows = await db.Set<ReviewSection>().AsNoTracking().Where(s => s.Objective == objective)
            .Join(db.Set<NationalReview>().Where(r => r.Status == ReviewStatus.Published), s => s.ReviewId, r => r.Id, (s, r) => new { s, r.StateIso3, r.CycleId, r.PublishedAt })
            .OrderByDescending(x => x.PublishedAt).ToListAsync(cancellationToken);
        return [.. rows.Select(x => (x.StateIso3, x.CycleId, new SectionOutput(x.s.Objective, x.s.Status, x.s.Narrative, x.s.Evidence, x.s.Indicators)))];
    }

    /// <summary>
    /// The cycles from <paramref name="fromYear"/> on that a State reports to (Forums, and the regional reviews of its
    /// commissions), each with the status of its review there, or null when it has not started one.
    /// </summary>
    public async Task<List<(ReviewCycle Cycle, string? Status, Guid? ReviewId)>> DueForStateAsync(
        string iso3, IReadOnlyList<string> commissions, int fromYear, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var cycles = await db.Set<ReviewCycle>().AsNoTracking()
            .Where(c => c.Year >= fromYear && (c.Kind == ReviewCycleKinds.Imrf || (c.Kind == ReviewCycleKinds.Regional && commissions.Contains(c.Commission!))))
            .OrderBy(c => c.Year).ThenBy(c => c.Kind).ToListAsync(cancellationToken);
        var own = await Visible(db.Set<NationalReview>().AsNoTracking().Where(r => r.StateIso3 == iso3), user)
            .Select(r => new { r.CycleId, r.Status, r.Id }).ToListAsync(cancellationToken);
        var submittedElsewhere = await db.Set<NationalReview>().AsNoTracking().Where(r => r.StateIso3 == iso3 && r.Status != ReviewStatus.Draft)
            .Select(r => new { r.CycleId, r.Status }).ToListAsync(cancellationToken);
        return [.. cycles.Select(c =>
        {
            var visible = own.FirstOrDefault(r => r.CycleId == c.Id);
            // That a review was handed in is public; a draft is seen only by its own side.
            var status = visible?.Status ?? submittedElsewhere.FirstOrDefault(r => r.CycleId == c.Id)?.Status;
            return (c, status, visible?.Id);
        })];
    }

    /// <summary>How many reviews each cycle has published.</summary>
    public Task<Dictionary<string, int>> PublishedCountsAsync(CancellationToken cancellationToken) =>
        db.Set<NationalReview>().Where(r => r.Status == ReviewStatus.Published)
            .GroupBy(r => r.CycleId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    private static IQueryable<NationalReview> Visible(IQueryable<NationalReview> reviews, ClaimsPrincipal user) =>
        user.IsSecretariat() ? reviews
        : user.IsInRole(Roles.StateFocalPoint) && user.StateIso3() is { } own ? reviews.Where(r => r.Status == ReviewStatus.Published || r.StateIso3 == own)
        : reviews.Where(r => r.Status == ReviewStatus.Published);
}
