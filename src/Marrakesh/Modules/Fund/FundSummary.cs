using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// The fund's sources and uses, computed from the ledger itself (entries summed per account in SQL), with the
/// breakdowns the transparency pages show and a check of the ledger's invariants.
/// </summary>
public sealed class FundSummary(AppDbContext db, StatesContract states)
{
    public async Task<FundSummaryOutput> ComputeAsync(CancellationToken cancellationToken)
    {
        await using var snapshot = await ReadSnapshot.BeginAsync(db, cancellationToken);
        var byAccount = await db.Set<LedgerEntry>().AsNoTracking().GroupBy(e => e.Account)
            .Select(g => new { Account = g.Key, Sum = g.Sum(e => e.AmountMinor) }).ToDictionaryAsync(a => a.Account, a => a.Sum, cancellationToken);
        long Sum(Func<string, bool> which) => byAccount.Where(a => which(a.Key)).Sum(a => a.Value);
        var deposits = -byAccount.GetValueOrDefault(LedgerAccounts.Contributions);
        var income = -byAccount.GetValueOrDefault(LedgerAccounts.Income);
        var refunds = await db.Set<LedgerTransaction>().Where(t => t.Kind == FundVocabulary.Refund)
            .SelectMany(t => t.Entries).Where(e => e.AmountMinor > 0).SumAsync(e => e.AmountMinor, cancellationToken);
        // Concept notes and declined proposals are not public (FundAudience); they hold no money either.
        var programmes = (await db.Set<Programme>().AsNoTracking().ToListAsync(cancellationToken)).Where(p => FundAudience.IsPublic(p.Status)).ToList();
        var contributions = await LiveContributions().ToListAsync(cancellationToken);
        var regions = await RegionsAsync(programmes, cancellationToken);
        var spent = await db.Set<Expenditure>().GroupBy(e => e.ProgrammeId)
            .Select(g => new { Programme = g.Key, Sum = g.Sum(e => e.AmountMinor), Provisional = g.Any(e => !e.Certified) })
            .ToDictionaryAsync(g => g.Programme, cancellationToken);

        return new FundSummaryOutput(
            DepositsUsd: Usd.FromMinor(deposits),
            IncomeUsd: Usd.FromMinor(income),
            FeesUsd: Usd.FromMinor(byAccount.GetValueOrDefault(LedgerAccounts.Fees)),
            AllocatedUsd: Usd.FromMinor(programmes.Sum(p => p.AllocatedMinor)),
            TransferredUsd: Usd.FromMinor(Sum(LedgerAccounts.IsOrganisation)),
            RefundsUsd: Usd.FromMinor(refunds),
            HeldByProgrammesUsd: Usd.FromMinor(Sum(LedgerAccounts.IsProgramme)),
            AvailableUsd: Usd.FromMinor(Sum(LedgerAccounts.IsPool)),
            ExpenditureUsd: Usd.FromMinor(spent.Values.Sum(s => s.Sum)),
            AvailableByEarmark: [.. byAccount.Where(a => LedgerAccounts.IsPool(a.Key) && a.Value != 0).OrderBy(a => a.Key, StringComparer.Ordinal)
                .Select(a => new Figure(LedgerAccounts.EarmarkOf(a.Key), Usd.FromMinor(a.Value), null))],
            ByContributor: Totals(contributions, c => c.Contributor),
            ByContributorType: Totals(contributions, c => c.ContributorType),
            ByThematicArea: [.. programmes.GroupBy(p => p.ThematicArea).OrderBy(g => g.Key)
                .Select(g => new Figure($"{Earmark.ThematicPrefix}{g.Key}", Usd.FromMinor(g.Sum(p => p.AllocatedMinor)), g.Count()))],
            ByRegion: [.. programmes.GroupBy(p => regions[p.Id]).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new Figure(g.Key, Usd.FromMinor(g.Sum(p => p.AllocatedMinor)), g.Count()))],
            ByProgramme: [.. programmes.OrderBy(p => p.Title, StringComparer.Ordinal).Select(p => new ProgrammeFigures(
                p.Id, p.Title, p.Status, Usd.FromMinor(p.BudgetMinor), Usd.FromMinor(p.AllocatedMinor),
                Usd.FromMinor(Sum(a => a.StartsWith(LedgerAccounts.OrganisationPrefixOf(p.Id), StringComparison.Ordinal))),
                Usd.FromMinor(spent.GetValueOrDefault(p.Id)?.Sum ?? 0), spent.GetValueOrDefault(p.Id)?.Provisional ?? false))],
            Pipeline: programmes.Count(p => p.Status == FundVocabulary.Approved),
            Invariants: await CheckAsync(byAccount, cancellationToken));
    }

    /// <summary>The ledger's invariants, each checked against the database as it stands (in the caller's snapshot).</summary>
    private async Task<Invariants> CheckAsync(Dictionary<string, long> byAccount, CancellationToken cancellationToken)
    {
        var deposits = -byAccount.GetValueOrDefault(LedgerAccounts.Contributions);
        var received = deposits - byAccount.GetValueOrDefault(LedgerAccounts.Income);
        var unbalanced = await db.Set<LedgerEntry>().GroupBy(e => e.TransactionId).Where(g => g.Sum(e => e.AmountMinor) != 0).CountAsync(cancellationToken);
        var balances = await db.Set<AccountBalance>().AsNoTracking().ToDictionaryAsync(b => b.Account, b => b.BalanceMinor, cancellationToken);
        var recorded = await LiveContributions().SumAsync(c => c.UsdMinor, cancellationToken);
        var programmes = await db.Set<Programme>().AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
        return new Invariants(
            EveryTransactionBalances: unbalanced == 0,
            NoPoolOrProgrammeBelowZero: byAccount.All(a => !LedgerAccounts.IsGuarded(a.Key) || a.Value >= 0),
            RunningBalancesMatchEntries: byAccount.All(a => balances.GetValueOrDefault(a.Key) == a.Value) && balances.All(b => byAccount.GetValueOrDefault(b.Key) == b.Value),
            BalancesSumToReceipts: byAccount.Where(a => !LedgerAccounts.IsSource(a.Key)).Sum(a => a.Value) == received && deposits == recorded,
            EarmarksKept: byAccount.Where(a => LedgerAccounts.IsProgramme(a.Key) && a.Value != 0).All(a => EarmarkHonoured(a.Key, programmes)));
    }

    // A programme sub-account holds money of one earmark; it must be one the programme may use.
    private static bool EarmarkHonoured(string account, Dictionary<Guid, Programme> programmes) =>
        programmes.TryGetValue(Guid.ParseExact(account.Split(':')[1], "N"), out var programme)
        && Earmark.AllowedFor(programme).Contains(LedgerAccounts.EarmarkOf(account));

    private IQueryable<Contribution> LiveContributions() =>
        db.Set<Contribution>().AsNoTracking().Where(c => !db.Set<LedgerTransaction>().Any(t => t.ReversesId == c.TransactionId));

    private static List<Figure> Totals(List<Contribution> contributions, Func<Contribution, string> key) =>
        [.. contributions.GroupBy(key).Select(g => new Figure(g.Key, Usd.FromMinor(g.Sum(c => c.UsdMinor)), g.Count()))
            .OrderByDescending(f => f.AmountUsd).ThenBy(f => f.Key, StringComparer.Ordinal)];

    /// <summary>A programme's M49 region, or "Multi-region" when its countries span several.</summary>
    private async Task<Dictionary<Guid, string>> RegionsAsync(List<Programme> programmes, CancellationToken cancellationToken)
    {
        var regionOf = await states.RegionsAsync(cancellationToken);
        return programmes.ToDictionary(p => p.Id, p =>
        {
            var regions = p.Countries.Select(c => regionOf.GetValueOrDefault(c, "Unknown")).Distinct().ToList();
            return regions.Count == 1 ? regions[0] : "Multi-region";
        });
    }
}
