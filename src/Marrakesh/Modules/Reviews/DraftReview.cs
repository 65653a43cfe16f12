using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Reviews;

/// <summary>A focal point (or the secretariat) starts its State's review for a cycle the State takes part in.</summary>
public sealed class DraftReview(AppDbContext db, InputValidator validator, Guard guard, StatesContract states, ReviewAccess access)
{
    /// <summary>A new review: the reviewing State, and what the review says so far.</summary>
    public sealed record Input : ReviewFields, IValidatableObject
    {
        /// <summary>ISO3 of the reviewing State.</summary>
        [RequiredField, StatesContract.State]
        public string? State { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => SectionProblems();
    }

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPost("/review-cycles/{id}/reviews", async Task<Created<ReviewOutput>> (
            string id, Input input, ClaimsPrincipal user, DraftReview draft, HttpResponse response, CancellationToken ct) =>
        {
            var review = await draft.ExecuteAsync(user, id, input, ct);
            response.Headers.ETag = Versioning.ETagOf(review.Version);
            return TypedResults.Created($"/api/reviews/{review.Id}", review);
        }).WithName("DraftReview").WithSummary("Start a State's review for the cycle")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public async Task<ReviewOutput> ExecuteAsync(ClaimsPrincipal user, string cycleId, Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var cycle = await db.Set<ReviewCycle>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == cycleId, cancellationToken)
            ?? throw new NotFoundException($"There is no review cycle {cycleId}.");
        var state = input.State!.Trim().ToUpperInvariant();
        await guard.RequireAsync(user, new ReviewOf(state), ReviewsPermissions.WriteReview);
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
        var review = new NationalReview { Id = Guid.NewGuid(), CycleId = cycle.Id, StateIso3 = state, CreatedAt = access.Now, Consulted = input.ConsultedNames() };
        var sections = input.SectionsOf(review.Id);
        db.Set<ReviewSection>().AddRange(sections);
        db.Set<NationalReview>().Add(review);
        return await access.SaveAsync(review, sections, "created", cancellationToken);
    }
}
