using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Platform.Versions;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Commitments;

internal static class PledgesApi
{
    public static void MapPledgesApi(this RouteGroupBuilder api)
    {
        var pledges = api.MapGroup("/pledges").WithTags("Pledges");
        pledges.MapGet("/", List).WithName("ListPledges").WithSummary("Pledges, newest first, filtered by objective, actor type or State; in pages")
            .RequireRateLimiting(OpenDataLimits.Policy).ProducesProblem(StatusCodes.Status400BadRequest);
        pledges.MapGet("/{id:guid}", Get).WithName("GetPledge").WithSummary("One pledge with its SMART check and progress; its ETag is its version")
            .ProducesProblem(StatusCodes.Status404NotFound);
        pledges.MapGet("/{id:guid}/versions", Versions).WithName("ListPledgeVersions").WithSummary("Every version of a pledge, with who, when and why")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var writes = pledges.MapGroup("").RequireAuthorization(Policies.ApiCaller)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        MakePledge.Map(writes);
        AmendPledge.Map(writes);
        ReportPledgeProgress.Map(writes);
    }

    /// <param name="objective">Objective number.</param>
    /// <param name="actorType">Actor type, e.g. civil-society.</param>
    /// <param name="state">ISO3: pledges the State made or that concern it.</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Pledges per page, 1 to 500 (default 100).</param>
    /// <param name="queries">(service)</param>
    /// <param name="ct">(cancellation)</param>
    private static async Task<Ok<ListOutput<PledgeOutput>>> List(
        string? objective, string? actorType, string? state, string? page, string? pageSize, PledgeQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.PageAsync(new PledgeFilter(objective, actorType, state), Paging.From(page, pageSize), ct));

    private static async Task<Ok<PledgeOutput>> Get(Guid id, ClaimsPrincipal user, PledgeQueries queries, HttpResponse response, CancellationToken ct) =>
        WithETag(response, await queries.GetAsync(id, user, ct));

    private static async Task<Ok<ListOutput<VersionOutput>>> Versions(Guid id, ClaimsPrincipal user, PledgeQueries queries, CancellationToken ct) =>
        TypedResults.Ok(ListOutput<VersionOutput>.Of(await queries.VersionsAsync(id, user, ct)));

    private static Ok<PledgeOutput> WithETag(HttpResponse response, PledgeOutput pledge) => Versioning.OkWithETag(response, pledge, pledge.Version);
}
