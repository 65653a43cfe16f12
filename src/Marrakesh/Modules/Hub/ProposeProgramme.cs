using System.Security.Claims;
using Marrakesh.Modules.Fund;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Versions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Hub;

/// <summary>
/// Turns a request into a joint programme proposal to the start-up fund, carrying over its title, State, objectives and
/// need; the fund checks the proposal's own rules. One proposal per request. The secretariat or the State's focal points.
/// </summary>
public sealed class ProposeProgramme(AppDbContext db, InputValidator validator, RequestAccess access, RecordHistory history, FundContract fund)
{
    /// <summary>A joint programme proposal from a request; the fund checks the thematic area and the organisations.</summary>
    public sealed record Input
    {
        /// <summary>The fund's thematic area (1 to 5).</summary>
        [RequiredField]
        public int? ThematicArea { get; init; }

        /// <summary>Participating UN organisations, at least two (e.g. ["IOM", "ILO"]).</summary>
        [RequiredField, ListItems, TextLength(20)]
        public List<string>? Organisations { get; init; }

        /// <summary>Budget in USD, at most two decimals.</summary>
        [RequiredField, Amount]
        public decimal? BudgetUsd { get; init; }

        /// <summary>The programme's title, if not the request's (at most 200 characters).</summary>
        [RequiredToKeep, TextLength(SupportRequestConfiguration.TitleMax)]
        public string? Title { get; init; }
    }

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPost("/requests/{id:guid}/propose-programme", async Task<Created<ProgrammeProposedOutput>> (
            Guid id, Input input, ClaimsPrincipal user, ProposeProgramme propose, CancellationToken ct) =>
        {
            var proposed = await propose.ExecuteAsync(user, id, input, ct);
            return TypedResults.Created($"/api/fund/programmes/{proposed.ProgrammeId}", proposed);
        }).WithName("ProposeProgrammeFromHubRequest")
            .WithSummary("Propose a joint programme to the fund from a request (secretariat or the State's focal points); one per request")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public async Task<ProgrammeProposedOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        // The programme and the request's link to it are saved together or not at all: in a transaction of our own, or
        // in the caller's (which then commits).
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var request = await access.LoadForChangeAsync(user, id, cancellationToken);
        if (request.ProgrammeId is { } existing)
        {
            throw new ConflictException($"A programme ({existing}) was already proposed from this request.");
        }
        if (request.Status == HubVocabulary.Declined)
        {
            throw new DomainRuleException("This request was declined; no programme is proposed from it.");
        }
        var title = input.Title?.Trim() ?? request.Title;
        var programme = await fund.ProposeProgrammeAsync(new FundContract.ProgrammeProposal(
            title, [request.StateIso3], input.ThematicArea, request.Objectives, input.Organisations!, input.BudgetUsd, request.Need, request.Id),
            cancellationToken);
        request.ProgrammeId = programme;
        await history.SaveAsync(request, SubmitRequest.Kind, () => new { request.Id, request.ProgrammeId }, "programme", reason: null, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return new ProgrammeProposedOutput(programme, request.Id, title);
    }
}

/// <summary>The proposed programme.</summary>
/// <param name="ProgrammeId">The fund's programme id.</param>
/// <param name="RequestId">The request it comes from.</param>
/// <param name="Title">The programme's title.</param>
public sealed record ProgrammeProposedOutput(Guid ProgrammeId, Guid RequestId, string Title);
