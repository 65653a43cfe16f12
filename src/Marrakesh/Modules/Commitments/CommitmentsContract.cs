using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Commitments;

/// <summary>Figures other modules (review summaries, dossiers) may ask of the plans and pledges, computed in the database.</summary>
public sealed class CommitmentsContract(AppDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Pledges made before <paramref name="until"/> — all of them, or those made by or concerning one of
    /// <paramref name="states"/> — totalled by actor type, by objective, both, and financial amounts per currency
    /// (never added across currencies).
    /// </summary>
    public async Task<PledgeFigures> PledgeFiguresAsync(DateTime until, IReadOnlyList<string>? states, CancellationToken cancellationToken)
    {
        // Withdrawn pledges are no longer pledged: they stay on the record but not in the figures.
        var pledges = db.Set<Pledge>().AsNoTracking().Where(p => p.Status != PledgeVocabulary.Withdrawn);
        List<CrossCount> byObjectiveAndActorType;
        if (until <= clock.GetUtcNow().UtcDateTime || states is not null)
        {
            pledges = pledges.Where(p => p.CreatedAt < until);
            if (states is not null)
            {
                pledges = pledges.Where(p => states.Contains(p.OwnerState!) || p.States.Any(s => states.Contains(s)));
            }
            byObjectiveAndActorType = await CountByObjectiveAsync(pledges, cancellationToken);
        }
        else
        {
            // For a cycle still running every pledge counts: count all objective rows (one indexed GROUP BY) and take
            // away the few withdrawn pledges, rather than joining 100,000 rows back to their pledges.
            var all = await db.Set<PledgeObjective>().AsNoTracking().GroupBy(o => new { o.Objective, o.ActorType })
                .Select(g => new CrossCount(g.Key.Objective, g.Key.ActorType, g.Count())).ToListAsync(cancellationToken);
            var withdrawn = await CountByObjectiveAsync(db.Set<Pledge>().Where(p => p.Status == PledgeVocabulary.Withdrawn), cancellationToken);
            byObjectiveAndActorType = [.. all
                .Select(c => c with { Count = c.Count - withdrawn.Where(w => w.Objective == c.Objective && w.ActorType == c.ActorType).Sum(w => w.Count) })
                .Where(c => c.Count > 0)];
        }
        var total = await pledges.CountAsync(cancellationToken);
        var byActorType = await pledges.GroupBy(p => p.ActorType).Select(g => new CountOf(g.Key, g.Count())).ToListAsync(cancellationToken);
        var financial = await pledges.Where(p => p.AmountMinor != null).GroupBy(p => p.Currency!)
            .Select(g => new { Currency = g.Key, Minor = g.Sum(p => p.AmountMinor!.Value), Count = g.Count() }).ToListAsync(cancellationToken);
        return new PledgeFigures(
            total,
            [.. byActorType.OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal)],
            [.. byObjectiveAndActorType.GroupBy(c => c.Objective).OrderBy(g => g.Key)
                .Select(g => new CountOf(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Sum(c => c.Count)))],
            [.. financial.OrderBy(f => f.Currency, StringComparer.Ordinal).Select(f => new AmountOf(f.Currency, f.Minor / 100m, f.Count))],
            [.. byObjectiveAndActorType.OrderBy(c => c.Objective).ThenBy(c => c.ActorType, StringComparer.Ordinal)]);
    }

    private async Task<List<CrossCount>> CountByObjectiveAsync(IQueryable<Pledge> pledges, CancellationToken cancellationToken) =>
        await db.Set<PledgeObjective>().AsNoTracking().Join(pledges, o => o.PledgeId, p => p.Id, (o, _) => o)
            .GroupBy(o => new { o.Objective, o.ActorType }).Select(g => new CrossCount(g.Key.Objective, g.Key.ActorType, g.Count()))
            .ToListAsync(cancellationToken);

    /// <summary>Commitments published before <paramref name="until"/>, per objective: all, or those of <paramref name="states"/>.</summary>
    public async Task<List<CountOf>> PublishedCommitmentsByObjectiveAsync(DateTime until, IReadOnlyList<string>? states, CancellationToken cancellationToken)
    {
        var commitments = db.Set<Commitment>().AsNoTracking().Where(c => c.PublishedAt != null && c.PublishedAt < until);
        if (states is not null)
        {
            commitments = commitments.Where(c => states.Contains(c.StateIso3));
        }
        var counts = await commitments.GroupBy(c => c.Objective).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return [.. counts.OrderBy(c => c.Key).Select(c => new CountOf(c.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Count))];
    }

    /// <summary>How many of something there are, keyed by a code.</summary>
    /// <summary>A pledge with its pledged amount, for the fund to link deposits to; null when no such pledge exists.</summary>
    public async Task<PledgedMoney?> PledgedMoneyAsync(Guid pledge, CancellationToken cancellationToken) =>
        await db.Set<Pledge>().AsNoTracking().Where(p => p.Id == pledge)
            .Select(p => new PledgedMoney(p.Id, p.ActorName, p.Form, p.AmountMinor, p.Currency, p.Status, p.CreatedAt))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>What a pledge promised in money: hundredths of <paramref name="Currency"/>, when it is a financial pledge.</summary>
    public sealed record PledgedMoney(Guid Id, string ActorName, string Form, long? AmountMinor, string? Currency, string Status, DateTime CreatedAt)
    {
        public bool IsFinancial => Form == PledgeVocabulary.Financial && AmountMinor is > 0 && Currency is not null;
    }

    public sealed record CountOf(string Key, int Count);

    /// <summary>A total amount in one currency and how many pledges make it up.</summary>
    public sealed record AmountOf(string Currency, decimal Amount, int Pledges);

    /// <summary>How many pledges of one actor type serve one objective.</summary>
    public sealed record CrossCount(int Objective, string ActorType, int Count);

    /// <summary>Pledge figures for a summary.</summary>
    public sealed record PledgeFigures(
        int Total, IReadOnlyList<CountOf> ByActorType, IReadOnlyList<CountOf> ByObjective, IReadOnlyList<AmountOf> Financial,
        IReadOnlyList<CrossCount> ByObjectiveAndActorType);

    /// <summary>Every pledge's words, for the search index (pledges are public once made).</summary>
    public Task<List<PledgeText>> PledgeTextsAsync(CancellationToken cancellationToken) =>
        db.Set<Pledge>().AsNoTracking().OrderBy(p => p.CreatedAt)
            .Select(p => new PledgeText(p.Id, p.ActorName, p.Narrative, p.Objectives, p.OwnerState, p.States)).ToListAsync(cancellationToken);

    /// <summary>Every published commitment's words, for the search index.</summary>
    public Task<List<CommitmentText>> PublishedCommitmentTextsAsync(CancellationToken cancellationToken) =>
        db.Set<Commitment>().AsNoTracking().Where(c => c.PublishedAt != null).OrderBy(c => c.PublishedAt)
            .Select(c => new CommitmentText(c.Id, c.StateIso3, c.Objective, c.Description, c.LeadInstitution)).ToListAsync(cancellationToken);

    /// <summary>The kind under which pledges' versions are recorded (and announced to <see cref="Platform.Versions.IRecordChangeListener"/>s).</summary>
    public const string PledgeKind = MakePledge.Kind;

    /// <summary>The kind under which commitments' versions are recorded.</summary>
    public const string CommitmentKind = CommitmentHistory.Kind;

    /// <summary>One pledge's words, or null when there is no such pledge.</summary>
    public Task<PledgeText?> PledgeTextAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<Pledge>().AsNoTracking().Where(p => p.Id == id)
            .Select(p => new PledgeText(p.Id, p.ActorName, p.Narrative, p.Objectives, p.OwnerState, p.States)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>One commitment's words while it is published, else null.</summary>
    public Task<CommitmentText?> PublishedCommitmentTextAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<Commitment>().AsNoTracking().Where(c => c.Id == id && c.PublishedAt != null)
            .Select(c => new CommitmentText(c.Id, c.StateIso3, c.Objective, c.Description, c.LeadInstitution)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>A pledge's searchable words.</summary>
    public sealed record PledgeText(Guid Id, string ActorName, string Narrative, List<int> Objectives, string? OwnerState, List<string> States);

    /// <summary>A published commitment's searchable words.</summary>
    public sealed record CommitmentText(Guid Id, string State, int Objective, string Description, string? LeadInstitution);
}
