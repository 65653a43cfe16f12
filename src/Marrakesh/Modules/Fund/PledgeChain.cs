using Marrakesh.Modules.Commitments;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// Follows a financial pledge to the cent: pledged → signed → deposited (in the pledge's currency), then allocated →
/// transferred → spent (in USD). Pooled money is fungible, so the later stages are the deposit's pro-rata share of
/// what left its pool — stated as such, shown side by side and never added together.
/// </summary>
public sealed class PledgeChain(AppDbContext db, CommitmentsContract commitments)
{
    public async Task<PledgeChainOutput> FollowAsync(Guid pledgeId, CancellationToken cancellationToken)
    {
        var pledge = await commitments.PledgedMoneyAsync(pledgeId, cancellationToken) ?? throw new NotFoundException("No pledge has this id.");
        if (!pledge.IsFinancial)
        {
            throw new DomainRuleException("Only a financial pledge with an amount can be followed to the cent.");
        }
        var signed = await db.Set<ContributionAgreement>().Where(a => a.PledgeId == pledgeId).SumAsync(a => a.AmountMinor, cancellationToken);
        var deposits = await db.Set<Contribution>().AsNoTracking()
            .Where(c => c.PledgeId == pledgeId && !db.Set<LedgerTransaction>().Any(t => t.ReversesId == c.TransactionId))
            .OrderBy(c => c.Date).ToListAsync(cancellationToken);
        var pools = await PoolStagesAsync([.. deposits.Select(d => d.Earmark).Distinct()], cancellationToken);
        decimal allocated = 0, transferred = 0, spent = 0;
        foreach (var deposit in deposits)
        {
            var pool = pools[deposit.Earmark];
            var share = pool.Inflow <= 0 ? 0 : (decimal)(deposit.UsdMinor - deposit.FeeMinor) / pool.Inflow;
            allocated += share * pool.Allocated;
            transferred += share * pool.Transferred;
            spent += share * pool.Spent;
        }
        var deposited = deposits.Sum(d => d.AmountMinor);
        return new PledgeChainOutput(
            pledge.Id, pledge.ActorName, pledge.Currency!, Usd.FromMinor(pledge.AmountMinor!.Value), Usd.FromMinor(signed), Usd.FromMinor(deposited),
            Usd.FromMinor(deposits.Sum(d => d.UsdMinor)), Cents(allocated), Cents(transferred), Cents(spent),
            decimal.Round((decimal)deposited / pledge.AmountMinor.Value, 4), [.. deposits.Select(d => ContributionOutput.From(d, reversed: false))]);
    }

    private static decimal Cents(decimal minor) => Usd.FromMinor((long)decimal.Round(minor, MidpointRounding.AwayFromZero));

    /// <summary>Per pool: what came in (net deposits and income), and how much of it is now allocated, transferred and reported spent.</summary>
    private async Task<Dictionary<string, PoolStages>> PoolStagesAsync(List<string> earmarks, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, PoolStages>();
        foreach (var earmark in earmarks)
        {
            // Money into a pool comes from deposits and income (postings without a programme); money out of it goes to
            // programmes (allocations, less refunds and reversed allocations: postings with a programme).
            var pool = LedgerAccounts.Pool(earmark);
            var flows = await db.Set<LedgerTransaction>()
                .SelectMany(t => t.Entries, (t, e) => new { Outward = t.ProgrammeId != null, e.Account, e.AmountMinor })
                .Where(f => f.Account == pool).GroupBy(f => f.Outward).Select(g => new { Outward = g.Key, Sum = g.Sum(f => f.AmountMinor) })
                .ToListAsync(cancellationToken);
            var inflow = flows.Where(f => !f.Outward).Sum(f => f.Sum);
            var left = -flows.Where(f => f.Outward).Sum(f => f.Sum);
            var suffix = ":" + earmark;
            // Transfers (and their reversals) are the transactions that name an organisation.
            var transfers = await db.Set<LedgerTransaction>().Where(t => t.Organisation != null).SelectMany(t => t.Entries)
                .Where(e => e.Account.StartsWith("programme:") && e.Account.EndsWith(suffix))
                .GroupBy(e => e.Account).Select(g => new { g.Key, Sum = -g.Sum(e => e.AmountMinor) }).ToListAsync(cancellationToken);
            var byProgramme = transfers.ToDictionary(t => Guid.ParseExact(t.Key.Split(':')[1], "N"), t => t.Sum);
            decimal spent = 0;
            foreach (var (programme, fromPool) in byProgramme)
            {
                var all = await db.Set<LedgerEntry>().Where(e => e.Account.StartsWith(LedgerAccounts.OrganisationPrefixOf(programme))).SumAsync(e => e.AmountMinor, cancellationToken);
                var programmeSpent = await db.Set<Expenditure>().Where(e => e.ProgrammeId == programme).SumAsync(e => e.AmountMinor, cancellationToken);
                spent += all == 0 ? 0 : (decimal)programmeSpent * fromPool / all;
            }
            result[earmark] = new PoolStages(inflow, left, byProgramme.Values.Sum(), spent);
        }
        return result;
    }

    private sealed record PoolStages(long Inflow, long Allocated, long Transferred, decimal Spent);
}

/// <summary>A financial pledge followed to the cent. Each stage stands alone: they are never added together.</summary>
/// <param name="PledgeId">The pledge.</param>
/// <param name="PledgedBy">Who pledged.</param>
/// <param name="Currency">The pledge's currency (the first three stages are in it).</param>
/// <param name="Pledged">Amount pledged.</param>
/// <param name="Signed">Amount in signed agreements linked to the pledge.</param>
/// <param name="Deposited">Amount deposited against the pledge.</param>
/// <param name="DepositedUsd">The deposits in USD at their recorded rates.</param>
/// <param name="AllocatedUsd">The deposits' pro-rata share of what their pools allocated to programmes.</param>
/// <param name="TransferredUsd">Their share of what those programmes transferred to organisations.</param>
/// <param name="ExpenditureUsd">Their share of the expenditure those organisations reported.</param>
/// <param name="FulfilmentShare">Deposited ÷ pledged (1 = fulfilled).</param>
/// <param name="Deposits">The deposits themselves.</param>
public sealed record PledgeChainOutput(
    Guid PledgeId, string PledgedBy, string Currency, decimal Pledged, decimal Signed, decimal Deposited, decimal DepositedUsd,
    decimal AllocatedUsd, decimal TransferredUsd, decimal ExpenditureUsd, decimal FulfilmentShare, IReadOnlyList<ContributionOutput> Deposits);
