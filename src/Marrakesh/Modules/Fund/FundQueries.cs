using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Web;
using Microsoft.EntityFrameworkCore;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// The fund's reads: contributions, programmes, the pipeline and each programme's ledger, as the reader's
/// <see cref="FundAudience"/> may see them.
/// </summary>
public sealed class FundQueries(AppDbContext db, Ledger ledger)
{
    public async Task<ListOutput<ContributionOutput>> ContributionsAsync(
        FundAudience audience, string? contributorType, Guid? pledge, Paging paging, CancellationToken cancellationToken)
    {
        var query = db.Set<Contribution>().AsNoTracking();
        if (contributorType is not null)
        {
            var type = OneOfAttribute.Require(contributorType, FundVocabulary.ContributorTypes, "contributorType");
            query = query.Where(c => c.ContributorType == type);
        }
        if (pledge is not null)
        {
            query = query.Where(c => c.PledgeId == pledge);
        }
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(c => c.Date).ThenByDescending(c => c.TransactionId).Skip(paging.Skip).Take(paging.PageSize)
            .Select(c => new { Contribution = c, Reversed = db.Set<LedgerTransaction>().Any(t => t.ReversesId == c.TransactionId) })
            .ToListAsync(cancellationToken);
        return new([.. rows.Select(r => ContributionOutput.From(r.Contribution, r.Reversed) with { RecordedBy = audience.Actor(r.Contribution.RecordedBy) })],
            total, paging.Page, paging.PageSize);
    }

    public async Task<ContributionOutput> ContributionAsync(FundAudience audience, Guid id, CancellationToken cancellationToken)
    {
        var row = await db.Set<Contribution>().AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { Contribution = c, Reversed = db.Set<LedgerTransaction>().Any(t => t.ReversesId == c.TransactionId) })
            .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("No contribution has this id.");
        return ContributionOutput.From(row.Contribution, row.Reversed) with { RecordedBy = audience.Actor(row.Contribution.RecordedBy) };
    }

    public async Task<List<AgreementOutput>> AgreementsAsync(FundAudience audience, CancellationToken cancellationToken) =>
        [.. (await db.Set<ContributionAgreement>().AsNoTracking().OrderByDescending(a => a.SignedOn).ToListAsync(cancellationToken))
            .Select(a => AgreementOutput.From(a) with { RecordedBy = audience.Actor(a.RecordedBy) })];

    public async Task<ListOutput<ProgrammeOutput>> ProgrammesAsync(FundAudience audience, string? status, Paging paging, CancellationToken cancellationToken)
    {
        var query = Visible(audience);
        if (status is not null)
        {
            var wanted = OneOfAttribute.Require(status, FundVocabulary.ProgrammeStatuses, "status");
            query = query.Where(p => p.Status == wanted);
        }
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(p => p.ProposedAt).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return new([.. rows.Select(p => Shown(audience, p))], total, paging.Page, paging.PageSize);
    }

    /// <summary>Approved programmes still waiting for money, in the order the steering committee gave them.</summary>
    public async Task<List<ProgrammeOutput>> PipelineAsync(FundAudience audience, CancellationToken cancellationToken) =>
        [.. (await db.Set<Programme>().AsNoTracking().Where(p => p.Status == FundVocabulary.Approved)
            .OrderBy(p => p.Priority == null).ThenBy(p => p.Priority).ThenBy(p => p.ApprovedAt).ToListAsync(cancellationToken))
            .Select(p => Shown(audience, p))];

    public async Task<ProgrammeDetail> ProgrammeAsync(FundAudience audience, Guid id, CancellationToken cancellationToken)
    {
        var programme = await VisibleAsync(audience, id, cancellationToken);
        var decisions = await db.Set<ProgrammeDecision>().AsNoTracking().Where(d => d.ProgrammeId == id).OrderBy(d => d.Id)
            .Select(d => new DecisionOutput(d.Decision, d.Reference, d.Note, d.At, d.Actor)).ToListAsync(cancellationToken);
        decisions = [.. decisions.Select(d => d with { Actor = audience.Actor(d.Actor) })];
        var held = await ledger.BalancesAsync(LedgerAccounts.ProgrammePrefixOf(id), cancellationToken);
        var received = await ledger.BalancesAsync(LedgerAccounts.OrganisationPrefixOf(id), cancellationToken);
        var spent = await db.Set<Expenditure>().AsNoTracking().Where(e => e.ProgrammeId == id).OrderBy(e => e.Organisation).ThenBy(e => e.Year)
            .ToListAsync(cancellationToken);
        var organisations = programme.Organisations.Select(o => new OrganisationFigures(
            o,
            Usd.FromMinor(received.Where(r => LedgerAccounts.OrganisationOf(r.Account) == o).Sum(r => r.BalanceMinor)),
            Usd.FromMinor(spent.Where(e => e.Organisation == o).Sum(e => e.AmountMinor)),
            [.. spent.Where(e => e.Organisation == o).Select(e => ExpenditureOutput.From(e) with { ReportedBy = audience.Actor(e.ReportedBy), CertifiedBy = audience.Actor(e.CertifiedBy) })]))
            .ToList();
        return new ProgrammeDetail(
            Shown(audience, programme), Usd.FromMinor(held.Sum(h => h.BalanceMinor)),
            [.. held.Select(h => new EntryOutput(LedgerAccounts.EarmarkOf(h.Account), Usd.FromMinor(h.BalanceMinor)))],
            organisations, decisions);
    }

    public async Task<ListOutput<TransactionOutput>> ProgrammeLedgerAsync(FundAudience audience, Guid id, CancellationToken cancellationToken)
    {
        await VisibleAsync(audience, id, cancellationToken);
        var transactions = await db.Set<LedgerTransaction>().AsNoTracking().Include(t => t.Entries).Where(t => t.ProgrammeId == id)
            .OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var reversedBy = transactions.Where(t => t.ReversesId is not null).ToDictionary(t => t.ReversesId!.Value, t => t.Id);
        return ListOutput<TransactionOutput>.Of([.. transactions.Select(t => TransactionOutput.From(t, reversedBy.TryGetValue(t.Id, out var by) ? by : null) with { RecordedBy = audience.Actor(t.RecordedBy) })]);
    }

    public async Task<List<ThematicAreaOutput>> ThematicAreasAsync(CancellationToken cancellationToken) =>
        [.. (await db.Set<ThematicArea>().AsNoTracking().OrderBy(a => a.Number).ToListAsync(cancellationToken)).Select(ThematicAreaOutput.From)];

    /// <summary>Programmes the audience may see: public steps for everyone, proposals for staff and the countries' focal points.</summary>
    private IQueryable<Programme> Visible(FundAudience audience)
    {
        var programmes = db.Set<Programme>().AsNoTracking();
        if (audience.IsStaff)
        {
            return programmes;
        }
        var state = audience.State;
        var open = FundAudience.PublicStatuses;
        return programmes.Where(p => open.Contains(p.Status) || (state != null && p.Countries.Contains(state)));
    }

    private async Task<Programme> VisibleAsync(FundAudience audience, Guid id, CancellationToken cancellationToken) =>
        await Visible(audience).FirstOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new NotFoundException("No programme has this id.");

    private static ProgrammeOutput Shown(FundAudience audience, Programme programme) =>
        ProgrammeOutput.From(programme) with { ProposedBy = audience.Actor(programme.ProposedBy) };
}

/// <summary>A programme with its money: held (by earmark), received and spent by each organisation, and its decisions.</summary>
/// <param name="Programme">The programme.</param>
/// <param name="HeldUsd">Allocated and not yet transferred.</param>
/// <param name="HeldByEarmark">What it holds, by the earmark the money carries.</param>
/// <param name="Organisations">Per participating organisation: received and spent.</param>
/// <param name="Decisions">Steering-committee decisions, oldest first.</param>
public sealed record ProgrammeDetail(
    ProgrammeOutput Programme, decimal HeldUsd, IReadOnlyList<EntryOutput> HeldByEarmark, IReadOnlyList<OrganisationFigures> Organisations,
    IReadOnlyList<DecisionOutput> Decisions);

/// <summary>One participating organisation's figures on a programme.</summary>
/// <param name="Organisation">Acronym.</param>
/// <param name="TransferredUsd">Received from the fund.</param>
/// <param name="ExpenditureUsd">Reported spent (provisional and certified).</param>
/// <param name="Expenditure">By year.</param>
public sealed record OrganisationFigures(string Organisation, decimal TransferredUsd, decimal ExpenditureUsd, IReadOnlyList<ExpenditureOutput> Expenditure);

/// <summary>A steering-committee decision.</summary>
/// <param name="Decision">approve, decline or close.</param>
/// <param name="Reference">Its reference.</param>
/// <param name="Note">Why.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="Actor">Who recorded it (shown to the fund's staff only).</param>
public sealed record DecisionOutput(string Decision, string Reference, string? Note, DateTime At, string? Actor);
