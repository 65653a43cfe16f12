using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Modules.Knowledge.Search;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Knowledge;

/// <summary>
/// The secretariat's review of a practice: start the review, request changes (with a comment for the author),
/// publish or reject (with a comment). Each decision is a dated, attributed step; publishing puts the practice
/// in the search index in the same transaction.
/// </summary>
public sealed class ReviewPractice(
    InputValidator validator, PracticeAccess access, PracticeHistory history, SearchEntries search, StatesContract states, PracticeQueries queries)
{
    /// <summary>A secretariat's review decision on a practice.</summary>
    public sealed record Input : IValidatableObject
    {
        /// <summary>start-review, request-changes, publish or reject.</summary>
        [RequiredField, OneOf(typeof(ReviewDecision), nameof(ReviewDecision.All))]
        public string? Decision { get; init; }

        /// <summary>For the author; required to request changes or to reject (up to 2,000 characters).</summary>
        [TextLength(PracticeRules.CommentMax, MultiLine = true)]
        public string? Comment { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (string.IsNullOrWhiteSpace(Comment)
                && OneOfAttribute.Canonical(Decision, ReviewDecision.All) is ReviewDecision.RequestChanges or ReviewDecision.Reject)
            {
                yield return new(ValidationText.Get("ReviewCommentRequired"), [nameof(Comment)]);
            }
        }
    }

    public static void Map(RouteGroupBuilder practices) =>
        practices.MapPost("/{id:guid}/review", async Task<Ok<PracticeOutput>> (
            Guid id, Input input, ClaimsPrincipal user, ReviewPractice review, HttpResponse response, CancellationToken ct) =>
        {
            var practice = await review.ExecuteAsync(user, id, input, ct);
            return Versioning.OkWithETag(response, practice, practice.Version);
        }).WithName("ReviewPractice")
            .WithSummary("The secretariat's decision: start-review, request-changes, publish or reject")
            .RequireAuthorization(Policies.Secretariat)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public async Task<PracticeOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var practice = await access.LoadForReviewAsync(user, id, cancellationToken);
        var decision = OneOfAttribute.Canonical(input.Decision, ReviewDecision.All)!;
        var comment = input.Comment?.Trim() is { Length: > 0 } text ? text : null;
        history.AddStep(practice.Decide(decision, comment, history.Actor, history.Now));
        if (practice.IsPublic)
        {
            var regions = (await states.NamesAndRegionsAsync(practice.Countries, cancellationToken)).Regions;
            await search.PutAsync(SearchIndexer.PracticeEntry(practice, regions), cancellationToken);
        }
        await history.SaveAsync(practice, decision, comment, cancellationToken);
        return await queries.GetAsync(user, id, cancellationToken);
    }
}
