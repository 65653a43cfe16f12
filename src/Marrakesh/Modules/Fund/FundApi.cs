using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Fund;

internal static class FundApi
{
    public static void MapFundApi(this RouteGroupBuilder api)
    {
        var fund = api.MapGroup("/fund").WithTags("Fund");
        var reads = fund.MapGroup("").RequireRateLimiting(OpenDataLimits.Policy);
        reads.MapGet("/summary", Summary).WithName("GetFundSummary").WithSummary("Sources and uses of the fund in USD, with breakdowns and the ledger's invariants");
        reads.MapGet("/contributions", Contributions).WithName("ListContributions").WithSummary("Deposits, newest first").ProducesProblem(StatusCodes.Status400BadRequest);
        reads.MapGet("/contributions/{id:guid}", Contribution).WithName("GetContribution").WithSummary("One deposit").ProducesProblem(StatusCodes.Status404NotFound);
        reads.MapGet("/agreements", Agreements).WithName("ListAgreements").WithSummary("Signed contribution agreements");
        reads.MapGet("/programmes", Programmes).WithName("ListProgrammes").WithSummary("Joint programmes, newest first, by status").ProducesProblem(StatusCodes.Status400BadRequest);
        reads.MapGet("/pipeline", Pipeline).WithName("GetFundPipeline").WithSummary("Approved programmes waiting for money, in priority order");
        reads.MapGet("/programmes/{id:guid}", Programme).WithName("GetProgramme").WithSummary("A programme with its money by stage and its decisions")
            .ProducesProblem(StatusCodes.Status404NotFound);
        reads.MapGet("/programmes/{id:guid}/ledger", Ledger).WithName("GetProgrammeLedger").WithSummary("Every ledger transaction of a programme, with its legs")
            .ProducesProblem(StatusCodes.Status404NotFound);
        reads.MapGet("/pledges/{id:guid}/chain", Chain).WithName("FollowPledge").WithSummary("A financial pledge followed to the cent: pledged, signed, deposited, allocated, transferred, spent")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        reads.MapGet("/thematic-areas", ThematicAreas).WithName("ListThematicAreas").WithSummary("The fund's five thematic areas and the objectives mapped to them");
        reads.MapGet("/iati.xml", Iati).WithName("GetFundIati").WithSummary("The fund as IATI activities (standard 2.03)").Produces<string>(StatusCodes.Status200OK, contentType: "application/xml");

        var writes = fund.MapGroup("").RequireAuthorization(Policies.FundManager)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        RecordContribution.Map(writes);
        RecordIncome.Map(writes);
        RecordAgreement.Map(writes);
        ProposeProgramme.Map(writes);
        DecideOnProgramme.Map(writes);
        AllocateFunds.Map(writes);
        TransferFunds.Map(writes);
        ReverseTransaction.Map(writes);
        ReportExpenditure.Map(fund);
        MapThematicArea.Map(fund);
    }

    private static async Task<Ok<FundSummaryOutput>> Summary(FundSummary summary, CancellationToken ct) => TypedResults.Ok(await summary.ComputeAsync(ct));

    /// <param name="contributorType">member-state, private-sector, philanthropic or other.</param>
    /// <param name="pledge">Only deposits honouring this pledge.</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1 to 500.</param>
    /// <param name="user">(the caller)</param>
    /// <param name="queries">(service)</param>
    /// <param name="ct">(cancellation)</param>
    private static async Task<Ok<ListOutput<ContributionOutput>>> Contributions(
        string? contributorType, Guid? pledge, string? page, string? pageSize, ClaimsPrincipal user, FundQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ContributionsAsync(FundAudience.Of(user), contributorType, pledge, Paging.From(page, pageSize), ct));

    private static async Task<Ok<ContributionOutput>> Contribution(Guid id, ClaimsPrincipal user, FundQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ContributionAsync(FundAudience.Of(user), id, ct));

    private static async Task<Ok<ListOutput<AgreementOutput>>> Agreements(ClaimsPrincipal user, FundQueries queries, CancellationToken ct) =>
        TypedResults.Ok(ListOutput<AgreementOutput>.Of(await queries.AgreementsAsync(FundAudience.Of(user), ct)));

    /// <param name="status">concept-note, approved, funded, closed or declined.</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1 to 500.</param>
    /// <param name="user">(the caller)</param>
    /// <param name="queries">(service)</param>
    /// <param name="ct">(cancellation)</param>
    private static async Task<Ok<ListOutput<ProgrammeOutput>>> Programmes(
        string? status, string? page, string? pageSize, ClaimsPrincipal user, FundQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ProgrammesAsync(FundAudience.Of(user), status, Paging.From(page, pageSize), ct));

    private static async Task<Ok<ListOutput<ProgrammeOutput>>> Pipeline(ClaimsPrincipal user, FundQueries queries, CancellationToken ct) =>
        TypedResults.Ok(ListOutput<ProgrammeOutput>.Of(await queries.PipelineAsync(FundAudience.Of(user), ct)));

    private static async Task<Ok<ProgrammeDetail>> Programme(Guid id, ClaimsPrincipal user, FundQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ProgrammeAsync(FundAudience.Of(user), id, ct));

    private static async Task<Ok<ListOutput<TransactionOutput>>> Ledger(Guid id, ClaimsPrincipal user, FundQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.ProgrammeLedgerAsync(FundAudience.Of(user), id, ct));

    private static async Task<Ok<PledgeChainOutput>> Chain(Guid id, PledgeChain chain, CancellationToken ct) => TypedResults.Ok(await chain.FollowAsync(id, ct));

    private static async Task<Ok<ListOutput<ThematicAreaOutput>>> ThematicAreas(FundQueries queries, CancellationToken ct) =>
        TypedResults.Ok(ListOutput<ThematicAreaOutput>.Of(await queries.ThematicAreasAsync(ct)));

    private static async Task Iati(HttpResponse response, IatiActivities iati, CancellationToken ct)
    {
        response.ContentType = "application/xml; charset=utf-8";
        await iati.WriteAsync(response.Body, ct);
    }
}
