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

        var reviews = api.MapGroup("/reviews").WithTags("Voluntary national reviews");
        reviews.MapGet("/{id:guid}", Review).WithName("GetReview").WithSummary("One review; its ETag is its version").ProducesProblem(StatusCodes.Status404NotFound);
        reviews.MapGet("/{id:guid}/versions", ReviewVersions).WithName("ListReviewVersions")
            .WithSummary("Every version of a review, with who, when and why").ProducesProblem(StatusCodes.Status404NotFound);

        var writes = api.MapGroup("").WithTags("Voluntary national reviews").RequireAuthorization(Policies.ApiCaller)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        writes.MapPost("/review-cycles/{id}/reviews", Draft).WithName("DraftReview").WithSummary("Start a State's review for the cycle")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        writes.MapPatch("/reviews/{id:guid}", Change).WithName("ChangeReview")
            .WithSummary("Change a draft review, or amend a published one with a reason (send If-Match)")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        writes.MapPost("/reviews/{id:guid}/submit", Submit).WithName("SubmitReview").WithSummary("Submit a draft (send If-Match)")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        writes.MapPost("/reviews/{id:guid}/acknowledge", Acknowledge).WithName("AcknowledgeReview").WithSummary("The secretariat acknowledges receipt (send If-Match)")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        writes.MapPost("/reviews/{id:guid}/publish", Publish).WithName("PublishReview").WithSummary("Publish a submitted review (send If-Match)")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        api.MapPut("/review-cycles/{id}/round-tables", RoundTables).WithTags("Review cycles").WithName("SetRoundTables")
            .WithSummary("The secretariat sets a Forum's round tables (send If-Match)")
            .RequireAuthorization(Policies.Secretariat)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
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

    private static async Task<Created<ReviewOutput>> Draft(string id, ReviewInput input, ClaimsPrincipal user, DraftReview draft, HttpResponse response, CancellationToken ct)
    {
        var review = await draft.ExecuteAsync(user, id, input, ct);
        response.Headers.ETag = Versioning.ETagOf(review.Version);
        return TypedResults.Created($"/api/reviews/{review.Id}", review);
    }

    private static async Task<Ok<ReviewOutput>> Change(Guid id, ReviewInput input, ClaimsPrincipal user, ChangeReview change, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        WithETag(response, await change.ExecuteAsync(user, id, Versioning.ExpectedVersion(request), input, ct));

    private static async Task<Ok<ReviewOutput>> Submit(Guid id, ClaimsPrincipal user, SubmitReview submit, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        WithETag(response, await submit.ExecuteAsync(user, id, Versioning.ExpectedVersion(request), ct));

    private static async Task<Ok<ReviewOutput>> Acknowledge(Guid id, ClaimsPrincipal user, AcknowledgeReview acknowledge, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        WithETag(response, await acknowledge.ExecuteAsync(user, id, Versioning.ExpectedVersion(request), ct));

    private static async Task<Ok<ReviewOutput>> Publish(Guid id, ClaimsPrincipal user, PublishReview publish, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        WithETag(response, await publish.ExecuteAsync(user, id, Versioning.ExpectedVersion(request), ct));

    private static async Task<Ok<ReviewCycleOutput>> RoundTables(string id, List<RoundTable> tables, SetRoundTables set, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var cycle = await set.ExecuteAsync(id, Versioning.ExpectedVersion(request), tables, ct);
        response.Headers.ETag = Versioning.ETagOf(cycle.Version);
        return TypedResults.Ok(cycle);
    }

    private static Ok<ReviewOutput> WithETag(HttpResponse response, ReviewOutput review) => Versioning.OkWithETag(response, review, review.Version);
}
