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
        reads.MapGet("/iati.xml", Iati).WithName("GetFundIati").WithSummary("The fund as IATI activities (standard 2.03)").Produces(StatusCodes.Status200OK, contentType: "application/xml");

        var writes = fund.MapGroup("").RequireAuthorization(Policies.FundManager)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        writes.MapPost("/contributions", Deposit).WithName("RecordContribution")
            .WithSummary("Record a deposit: 1% is set aside for the administrative agent, the rest enters its earmark's pool. Send Idempotency-Key.")
            .Produces<ContributionOutput>(StatusCodes.Status201Created);
        writes.MapPost("/income", Income).WithName("RecordIncome").WithSummary("Record investment income; it enters the unearmarked pool. Send Idempotency-Key.")
            .Produces<TransactionOutput>(StatusCodes.Status201Created);
        writes.MapPost("/agreements", Agree).WithName("RecordAgreement").WithSummary("Record a signed contribution agreement. Send Idempotency-Key.")
            .Produces<AgreementOutput>(StatusCodes.Status201Created);
        writes.MapPost("/programmes", Propose).WithName("ProposeProgramme").WithSummary("File a joint programme as a concept note. Send Idempotency-Key.")
            .Produces<ProgrammeOutput>(StatusCodes.Status201Created);
        writes.MapPost("/programmes/{id:guid}/decision", Decide).WithName("DecideOnProgramme")
            .WithSummary("Record a steering-committee decision: approve, decline or close (closure refunds what is unspent). Send Idempotency-Key.")
            .Produces<ProgrammeOutput>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        writes.MapPost("/allocations", Allocate).WithName("AllocateFunds")
            .WithSummary("Move money from the pools a programme may use into it. 409 when the money is not there. Send Idempotency-Key.")
            .Produces<TransactionOutput>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict);
        writes.MapPost("/transfers", Transfer).WithName("TransferFunds")
            .WithSummary("Pay a participating organisation from its programme. Send Idempotency-Key.")
            .Produces<TransactionOutput>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict);
        writes.MapPost("/transactions/{id:long}/reverse", Reverse).WithName("ReverseTransaction")
            .WithSummary("Correct a deposit, allocation or transfer by posting its reverse. Send Idempotency-Key.")
            .Produces<TransactionOutput>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        fund.MapPost("/programmes/{id:guid}/expenditure", Spend).WithName("ReportExpenditure")
            .WithSummary("A participating organisation reports a year's expenditure (provisional until the fund manager certifies it)")
            .RequireAuthorization(Policies.ApiCaller).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        fund.MapPut("/thematic-areas/{number:int}", MapArea).WithName("MapThematicArea")
            .WithSummary("Set which objectives a thematic area covers, with the mapping's source (secretariat)")
            .RequireAuthorization(Policies.Secretariat).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
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

    private static Task<IResult> Deposit(ContributionInput input, HttpContext http, IdempotentWrites writes, RecordContribution record, CancellationToken ct) =>
        writes.RunAsync(http, input, StatusCodes.Status201Created, keyRequired: true, async c =>
        {
            var contribution = await record.ExecuteAsync(input, c);
            return (contribution, $"/api/fund/contributions/{contribution.Id}");
        }, ct);

    private static Task<IResult> Income(IncomeInput input, HttpContext http, IdempotentWrites writes, RecordIncome record, CancellationToken ct) =>
        writes.RunAsync(http, input, StatusCodes.Status201Created, keyRequired: true, async c => ((await record.ExecuteAsync(input, c)), (string?)null), ct);

    private static Task<IResult> Agree(AgreementInput input, HttpContext http, IdempotentWrites writes, RecordAgreement record, CancellationToken ct) =>
        writes.RunAsync(http, input, StatusCodes.Status201Created, keyRequired: false, async c =>
        {
            var agreement = await record.ExecuteAsync(input, c);
            return (agreement, (string?)null);
        }, ct);

    private static Task<IResult> Propose(ProgrammeInput input, HttpContext http, IdempotentWrites writes, ProposeProgramme propose, CancellationToken ct) =>
        writes.RunAsync(http, input, StatusCodes.Status201Created, keyRequired: false, async c =>
        {
            var programme = await propose.ExecuteAsync(input, null, c);
            return (programme, $"/api/fund/programmes/{programme.Id}");
        }, ct);

    private static Task<IResult> Decide(Guid id, DecisionInput input, HttpContext http, IdempotentWrites writes, DecideOnProgramme decide, CancellationToken ct) =>
        writes.RunAsync(http, new { id, input }, StatusCodes.Status200OK, keyRequired: false, async c => (await decide.ExecuteAsync(id, input, c), (string?)null), ct);

    private static Task<IResult> Allocate(MovementInput input, HttpContext http, IdempotentWrites writes, AllocateFunds allocate, CancellationToken ct) =>
        writes.RunAsync(http, input, StatusCodes.Status201Created, keyRequired: true, async c => Posted(await allocate.ExecuteAsync(input, c)), ct);

    private static Task<IResult> Transfer(MovementInput input, HttpContext http, IdempotentWrites writes, TransferFunds transfer, CancellationToken ct) =>
        writes.RunAsync(http, input, StatusCodes.Status201Created, keyRequired: true, async c => Posted(await transfer.ExecuteAsync(input, c)), ct);

    private static Task<IResult> Reverse(long id, ReversalInput input, HttpContext http, IdempotentWrites writes, ReverseTransaction reverse, CancellationToken ct) =>
        writes.RunAsync(http, new { id, input }, StatusCodes.Status201Created, keyRequired: true, async c => Posted(await reverse.ExecuteAsync(id, input, c)), ct);

    private static (TransactionOutput, string?) Posted(TransactionOutput transaction) =>
        (transaction, transaction.ProgrammeId is { } programme ? $"/api/fund/programmes/{programme}/ledger" : null);

    private static async Task<Ok<ExpenditureOutput>> Spend(Guid id, ExpenditureInput input, ClaimsPrincipal user, ReportExpenditure report, CancellationToken ct) =>
        TypedResults.Ok(await report.ExecuteAsync(user, id, input, ct));

    private static async Task<Ok<ThematicAreaOutput>> MapArea(int number, ThematicAreaInput input, MapThematicArea map, CancellationToken ct) =>
        TypedResults.Ok(await map.ExecuteAsync(number, input, ct));
}
