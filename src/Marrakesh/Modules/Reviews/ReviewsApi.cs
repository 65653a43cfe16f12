using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Reviews;

internal static class ReviewsApi
{
    public static void MapReviewsApi(this RouteGroupBuilder api)
    {
        var cycles = api.MapGroup("/review-cycles").WithTags("Review cycles");
        cycles.MapGet("/", Cycles).WithName("ListReviewCycles").WithSummary("Forums, regional reviews and Secretary-General's reports, by the Compact's rhythm")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        cycles.MapGet("/{id}", Cycle).WithName("GetReviewCycle").WithSummary("One cycle; its ETag is its version").ProducesProblem(StatusCodes.Status404NotFound);
        cycles.MapGet("/{id}/summary", Summary).WithName("GetCycleSummary")
            .WithSummary("The cycle's dashboard figures, computed from the record").ProducesProblem(StatusCodes.Status404NotFound);
        cycles.MapGet("/{id}/summary.csv", SummaryCsv).WithName("GetCycleSummaryCsv")
            .WithSummary("The same figures as CSV (measure, key, label, value)").Produces<string>(contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);
        cycles.MapGet("/{id}/reviews", Reviews).WithName("ListReviews").WithSummary("The cycle's voluntary national reviews (published ones, plus your State's)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        SetRoundTables.Map(cycles);

        var reviews = api.MapGroup("/reviews").WithTags("Voluntary national reviews");
        reviews.MapGet("/{id:guid}", Review).WithName("GetReview").WithSummary("One review; its ETag is its version").ProducesProblem(StatusCodes.Status404NotFound);
        reviews.MapGet("/{id:guid}/versions", ReviewVersions).WithName("ListReviewVersions")
            .WithSummary("Every version of a review, with who, when and why").ProducesProblem(StatusCodes.Status404NotFound);

        var writes = api.MapGroup("").WithTags("Voluntary national reviews").RequireAuthorization(Policies.ApiCaller)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        DraftReview.Map(writes);
        ChangeReview.Map(writes);
        SubmitReview.Map(writes);
        AcknowledgeReview.Map(writes);
        PublishReview.Map(writes);
    }

    /// <param name="kind">imrf, regional or sg-report.</param>
    /// <param name="year">A year.</param>
    /// <param name="queries">(service)</param>
    /// <param name="ct">(cancellation)</param>
    private static async Task<Ok<ListOutput<ReviewCycleOutput>>> Cycles(string? kind, string? year, ReviewQueries queries, CancellationToken ct) =>
        TypedResults.Ok(ListOutput<ReviewCycleOutput>.Of([.. (await queries.CyclesAsync(kind, year, ct)).Select(ReviewCycleOutput.From)]));

    private static async Task<Ok<ReviewCycleOutput>> Cycle(string id, ReviewQueries queries, HttpResponse response, CancellationToken ct)
    {
        var cycle = await queries.CycleAsync(id, ct);
        response.Headers.ETag = Versioning.ETagOf(cycle.Version);
        return TypedResults.Ok(ReviewCycleOutput.From(cycle));
    }

    private static async Task<Ok<CycleSummaryOutput>> Summary(string id, CycleSummary summary, CancellationToken ct) =>
        TypedResults.Ok(await summary.ExecuteAsync(id, ct));

    private static async Task<FileContentHttpResult> SummaryCsv(string id, CycleSummary summary, CancellationToken ct) =>
        TypedResults.File(System.Text.Encoding.UTF8.GetBytes(CycleSummaryCsv.Write(await summary.ExecuteAsync(id, ct))),
            "text/csv; charset=utf-8", $"{id}-summary.csv");

    private static async Task<Ok<ListOutput<ReviewOutput>>> Reviews(string id, ClaimsPrincipal user, ReviewQueries queries, CancellationToken ct) =>
        TypedResults.Ok(ListOutput<ReviewOutput>.Of(await queries.ReviewsAsync(id, user, ct)));

    private static async Task<Ok<ReviewOutput>> Review(Guid id, ClaimsPrincipal user, ReviewQueries queries, HttpResponse response, CancellationToken ct) =>
        WithETag(response, await queries.ReviewAsync(id, user, ct));

    private static async Task<Ok<ListOutput<Marrakesh.Platform.Versions.VersionOutput>>> ReviewVersions(Guid id, ClaimsPrincipal user, ReviewQueries queries, CancellationToken ct) =>
        TypedResults.Ok(ListOutput<Marrakesh.Platform.Versions.VersionOutput>.Of(await queries.VersionsAsync(id, user, ct)));

    private static Ok<ReviewOutput> WithETag(HttpResponse response, ReviewOutput review) => Versioning.OkWithETag(response, review, review.Version);
}
