using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Reviews;

/// <summary>A focal point (or the secretariat) starts its State's review for a cycle the State takes part in.</summary>
public sealed class DraftReview(AppDbContext db, StatesContract states, ReviewRules rules, ReviewAccess access)
{
    public async Task<ReviewOutput> ExecuteAsync(ClaimsPrincipal user, string cycleId, ReviewInput input, CancellationToken cancellationToken)
    {
        var cycle = await db.Set<ReviewCycle>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == cycleId, cancellationToken)
            ?? throw new NotFoundException($"There is no review cycle {cycleId}.");
        var state = await states.RequireStateAsync(input.State, "state", cancellationToken);
        if (!user.MayActForState(state))
        {
            throw new ForbiddenException($"Only {state}'s focal points and the secretariat write {state}'s review.");
        }
        if (!cycle.TakesNationalReviews)
        {
            throw new DomainRuleException("The Secretary-General's report does not take national reviews; choose a Forum or a regional review.");
        }
        if (cycle.Commission is { } commission && !(await states.CommissionsOfAsync(state, cancellationToken)).Contains(commission))
        {
            throw new DomainRuleException($"{state} is not a member of {commission}, so it does not report to this regional review.");
        }
        if (await db.Set<NationalReview>().AnyAsync(r => r.CycleId == cycle.Id && r.StateIso3 == state, cancellationToken))
        {
            throw new ConflictException($"{state} already has a review for {cycle.Id}; change that one.");
        }
        var review = new NationalReview { Id = Guid.NewGuid(), CycleId = cycle.Id, StateIso3 = state, CreatedAt = access.Now };
        review.Consulted = ReviewRules.Consulted(input.Consulted ?? []);
        var sections = await rules.SectionsAsync(review.Id, input.Sections ?? [], cancellationToken);
        db.Set<ReviewSection>().AddRange(sections);
        db.Set<NationalReview>().Add(review);
        return await access.SaveAsync(review, sections, "created", cancellationToken);
    }
}
