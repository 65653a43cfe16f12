using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Versions;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Commitments;

internal static class CommitmentsApi
{
    public static void MapCommitmentsApi(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("").WithTags("National implementation plans");
        plans.MapGet("/states/{iso3}/commitments", ListForState).WithName("ListStateCommitments")
            .WithSummary("A State's plan: published commitments (and drafts, for its focal points and the secretariat)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        plans.MapGet("/commitments", List).WithName("ListCommitments").WithSummary("Commitments, filtered by objective, State or status; in pages")
            .RequireRateLimiting(OpenDataLimits.Policy).ProducesProblem(StatusCodes.Status400BadRequest);
        plans.MapGet("/commitments/{id:guid}", Get).WithName("GetCommitment").WithSummary("One commitment; its ETag is its version")
            .ProducesProblem(StatusCodes.Status404NotFound);
        plans.MapGet("/commitments/{id:guid}/versions", Versions).WithName("ListCommitmentVersions")
            .WithSummary("Every version of a commitment, with who and when").ProducesProblem(StatusCodes.Status404NotFound);

        var writes = plans.MapGroup("").RequireAuthorization(Policies.ApiCaller)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        AddCommitment.Map(writes);
        ChangeCommitment.Map(writes);
        PublishCommitment.Map(writes);
        RemoveCommitment.Map(writes);
    }

    private static async Task<Ok<ListOutput<CommitmentOutput>>> ListForState(
        string iso3, ClaimsPrincipal user, StatesContract states, CommitmentQueries queries, CancellationToken ct)
    {
        var state = await states.RequireExistingAsync(iso3, ct);
        var list = await queries.ListAsync(new CommitmentFilter(State: state), user, ct);
        return TypedResults.Ok(ListOutput<CommitmentOutput>.Of([.. list.Select(CommitmentOutput.From)]));
    }

    /// <param name="objective">Objective number.</param>
    /// <param name="state">ISO3 code.</param>
    /// <param name="status">planned, in-progress, achieved or discontinued.</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Commitments per page, 1 to 500 (default 100).</param>
    /// <param name="user">(caller)</param>
    /// <param name="queries">(service)</param>
    /// <param name="ct">(cancellation)</param>
    private static async Task<Ok<ListOutput<CommitmentOutput>>> List(
        string? objective, string? state, string? status, string? page, string? pageSize, ClaimsPrincipal user, CommitmentQueries queries, CancellationToken ct)
    {
        var paging = Paging.From(page, pageSize);
        var list = await queries.ListAsync(new CommitmentFilter(objective, state, status), user, ct);
        return TypedResults.Ok(new ListOutput<CommitmentOutput>(
            [.. list.Skip(paging.Skip).Take(paging.PageSize).Select(CommitmentOutput.From)], list.Count, paging.Page, paging.PageSize));
    }

    private static async Task<Ok<CommitmentOutput>> Get(Guid id, ClaimsPrincipal user, CommitmentQueries queries, HttpResponse response, CancellationToken ct) =>
        WithETag(response, CommitmentOutput.From(await queries.GetAsync(id, user, ct)));

    private static async Task<Ok<ListOutput<VersionOutput>>> Versions(Guid id, ClaimsPrincipal user, CommitmentQueries queries, CancellationToken ct) =>
        TypedResults.Ok(ListOutput<VersionOutput>.Of(await queries.VersionsAsync(id, user, ct)));

    private static Ok<CommitmentOutput> WithETag(HttpResponse response, CommitmentOutput commitment) => Versioning.OkWithETag(response, commitment, commitment.Version);
}
