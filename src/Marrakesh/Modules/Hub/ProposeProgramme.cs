using System.Security.Claims;
using Marrakesh.Modules.Fund;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Versions;

namespace Marrakesh.Modules.Hub;

/// <summary>
/// Turns a request into a joint programme proposal to the start-up fund, carrying over its title, State, objectives and
/// need; the fund checks the proposal's own rules. One proposal per request. The secretariat or the State's focal points.
/// </summary>
public sealed class ProposeProgramme(AppDbContext db, RequestAccess access, RecordHistory history, FundContract fund)
{
    public async Task<ProgrammeProposedOutput> ExecuteAsync(ClaimsPrincipal user, Guid id, ProposeProgrammeInput input, CancellationToken cancellationToken)
    {
        // The programme and the request's link to it are saved together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var request = await access.LoadForChangeAsync(user, id, cancellationToken);
        if (request.ProgrammeId is { } existing)
        {
            throw new ConflictException($"A programme ({existing}) was already proposed from this request.");
        }
        if (request.Status == HubVocabulary.Declined)
        {
            throw new DomainRuleException("This request was declined; no programme is proposed from it.");
        }
        var title = input.Title is null ? request.Title : RequestRules.Required(input.Title, "title", SupportRequestConfiguration.TitleMax);
        var programme = await fund.ProposeProgrammeAsync(new FundContract.ProgrammeProposal(
            title, [request.StateIso3], input.ThematicArea, request.Objectives, input.Organisations ?? [], input.BudgetUsd, request.Need, request.Id),
            cancellationToken);
        request.ProgrammeId = programme;
        await history.SaveAsync(request, SubmitRequest.Kind, () => new { request.Id, request.ProgrammeId }, "programme", reason: null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ProgrammeProposedOutput(programme, request.Id, title);
    }
}

/// <summary>A joint programme proposal from a request.</summary>
/// <param name="ThematicArea">The fund's thematic area (1 to 5).</param>
/// <param name="Organisations">Participating UN organisations, at least two (e.g. ["IOM", "ILO"]).</param>
/// <param name="BudgetUsd">Budget in USD.</param>
/// <param name="Title">The programme's title, if not the request's.</param>
public sealed record ProposeProgrammeInput(int? ThematicArea = null, List<string>? Organisations = null, decimal? BudgetUsd = null, string? Title = null);

/// <summary>The proposed programme.</summary>
/// <param name="ProgrammeId">The fund's programme id.</param>
/// <param name="RequestId">The request it comes from.</param>
/// <param name="Title">The programme's title.</param>
public sealed record ProgrammeProposedOutput(Guid ProgrammeId, Guid RequestId, string Title);
