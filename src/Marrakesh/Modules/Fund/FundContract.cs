using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Fund;

/// <summary>What other modules may ask of the start-up fund.</summary>
public sealed class FundContract(ProposeProgramme propose, AppDbContext db)
{
    /// <summary>The public programmes (approved, funded, closed) an organisation participates in, newest first.</summary>
    public async Task<List<OrganisationProgramme>> PublicProgrammesOfAsync(string acronym, CancellationToken cancellationToken)
    {
        var programmes = await db.Set<Programme>().AsNoTracking().Where(p => FundAudience.PublicStatuses.Contains(p.Status))
            .OrderByDescending(p => p.ProposedAt).Select(p => new { p.Id, p.Title, p.Status, p.Organisations }).ToListAsync(cancellationToken);
        return [.. programmes.Where(p => p.Organisations.Contains(acronym)).Select(p => new OrganisationProgramme(p.Id, p.Title, p.Status))];
    }

    /// <summary>A programme an organisation participates in.</summary>
    public sealed record OrganisationProgramme(Guid Id, string Title, string Status);

    /// <summary>
    /// Files a joint programme proposal (a concept note) carrying over a hub request's data. The caller has
    /// already been allowed to act for the request; the fund checks the proposal's own rules
    /// (at least two participating UN organisations, a known thematic area, a positive budget).
    /// Saves within the caller's transaction when there is one.
    /// </summary>
    public async Task<Guid> ProposeProgrammeAsync(ProgrammeProposal proposal, CancellationToken cancellationToken)
    {
        var programme = await propose.ExecuteAsync(
            new ProposeProgramme.Input
            {
                Title = proposal.Title, Summary = proposal.Summary, Countries = [.. proposal.Countries], ThematicArea = proposal.ThematicArea,
                Objectives = [.. proposal.Objectives], Organisations = [.. proposal.Organisations], BudgetUsd = proposal.BudgetUsd,
            },
            proposal.HubRequestId, idempotencyKey: null, cancellationToken);
        return programme.Output.Id;
    }

    /// <summary>A programme proposal made from another module.</summary>
    /// <param name="Title">The programme's title.</param>
    /// <param name="Countries">ISO3 codes of the countries it serves.</param>
    /// <param name="ThematicArea">The fund's thematic area number (1 to 5).</param>
    /// <param name="Objectives">Compact objectives (1 to 23).</param>
    /// <param name="Organisations">Participating UN organisations (acronyms of the UN Network members), at least two.</param>
    /// <param name="BudgetUsd">Budget in USD, at most two decimals.</param>
    /// <param name="Summary">What the programme will do, in words.</param>
    /// <param name="HubRequestId">The hub request it comes from.</param>
    public sealed record ProgrammeProposal(
        string Title, IReadOnlyList<string> Countries, int? ThematicArea, IReadOnlyList<int> Objectives,
        IReadOnlyList<string> Organisations, decimal? BudgetUsd, string? Summary, Guid HubRequestId);
}
