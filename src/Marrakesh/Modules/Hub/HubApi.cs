using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Hub;

internal static class HubApi
{
    public static void MapHubApi(this RouteGroupBuilder api)
    {
        var hub = api.MapGroup("/hub").WithTags("Connection hub");
        hub.MapGet("/requests", List).WithName("ListHubRequests")
            .WithSummary("Requests, newest first: closed and declined ones for everyone, open ones for their State's focal points and the secretariat")
            .RequireRateLimiting(OpenDataLimits.Policy).ProducesProblem(StatusCodes.Status400BadRequest);
        hub.MapGet("/requests/{id:guid}", Get).WithName("GetHubRequest")
            .WithSummary("One request with its steps and the days spent in each; its ETag is its version").ProducesProblem(StatusCodes.Status404NotFound);
        hub.MapGet("/service-level", ServiceLevel).WithName("GetHubServiceLevel")
            .WithSummary("Median and longest days requests spent in each step, and how many are in each now").RequireRateLimiting(OpenDataLimits.Policy);

        var signedIn = hub.MapGroup("").RequireAuthorization(Policies.ApiCaller)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized);
        signedIn.MapGet("/requests/{id:guid}/matches", Matches).WithName("MatchHubRequest")
            .WithSummary("Offers ranked for a request, with the reasons for every point, and similar past requests with their outcomes")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        signedIn.MapGet("/offers", Offers).WithName("ListHubOffers").WithSummary("Offers of support, newest first, for signed-in callers");
        signedIn.MapGet("/offers/{id:guid}", async Task<Ok<OfferOutput>> (Guid id, OfferQueries queries, CancellationToken ct) =>
            TypedResults.Ok(await queries.GetAsync(id, ct))).WithName("GetHubOffer").WithSummary("One offer of support").ProducesProblem(StatusCodes.Status404NotFound);

        var writes = signedIn.MapGroup("").ProducesProblem(StatusCodes.Status403Forbidden);
        SubmitRequest.Map(writes);
        ChangeRequest.Map(writes);
        TransitionRequest.Map(writes);
        EngagePartners.Map(writes);
        ProposeProgramme.Map(writes);
        RegisterOffer.Map(writes);
    }

    /// <param name="status">A status: submitted, assessed, partners-identified, in-implementation, closed or declined.</param>
    /// <param name="state">The requesting State (ISO3).</param>
    /// <param name="objective">An objective number.</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Requests per page, 1 to 500 (default 100).</param>
    /// <param name="user">(caller)</param>
    /// <param name="queries">(service)</param>
    /// <param name="ct">(cancellation)</param>
    private static async Task<Ok<ListOutput<RequestOutput>>> List(
        string? status, string? state, string? objective, string? page, string? pageSize, ClaimsPrincipal user, RequestQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.PageAsync(user, new RequestFilter(status, state, objective), Paging.From(page, pageSize), ct));

    private static async Task<Ok<RequestOutput>> Get(Guid id, ClaimsPrincipal user, RequestQueries queries, HttpResponse response, CancellationToken ct) =>
        WithETag(response, await queries.GetAsync(user, id, ct));

    private static async Task<Ok<ListOutput<ServiceLevelOutput>>> ServiceLevel(RequestQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ServiceLevelAsync(ct));

    /// <param name="id">The request.</param>
    /// <param name="limit">How many offers to rank, 1 to 100 (default 20).</param>
    /// <param name="user">(caller)</param>
    /// <param name="match">(service)</param>
    /// <param name="ct">(cancellation)</param>
    private static async Task<Ok<MatchesOutput>> Matches(Guid id, int? limit, ClaimsPrincipal user, MatchOffers match, CancellationToken ct) =>
        TypedResults.Ok(await match.ExecuteAsync(user, id, limit, ct));

    /// <param name="objective">An objective number.</param>
    /// <param name="providerType">un-network-member, partner-organisation or individual-expert.</param>
    /// <param name="modality">advice, training, peer-exchange or joint-programme.</param>
    /// <param name="provider">A provider's name.</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Offers per page, 1 to 500 (default 100).</param>
    /// <param name="queries">(service)</param>
    /// <param name="ct">(cancellation)</param>
    private static async Task<Ok<ListOutput<OfferOutput>>> Offers(
        string? objective, string? providerType, string? modality, string? provider, string? page, string? pageSize, OfferQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.PageAsync(new OfferFilter(objective, providerType, modality, provider), Paging.From(page, pageSize), ct));

    private static Ok<RequestOutput> WithETag(HttpResponse response, RequestOutput request) => Versioning.OkWithETag(response, request, request.Version);
}
