using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Platform.Audit;

/// <summary>
/// Seals whatever is unsealed, then recomputes every link of the chain from the stored entries and names each place
/// where an entry or a link no longer matches. Rows stream through one at a time, so the trail may be any length.
/// A chain rewritten from some entry onwards with fresh hashes passes this check; a head hash kept outside
/// (<c>GET /api/audit/head</c>) is what catches that.
/// </summary>
public sealed class VerifyAuditTrail(AppDbContext db, AuditSealer sealer)
{
    /// <param name="Count">Links checked.</param>
    /// <param name="HeadHash">The last link's hash as stored.</param>
    /// <param name="Breaks">How many places differ.</param>
    /// <param name="Listed">The first <see cref="AuditChainCheck.MaxListed"/> of them.</param>
    public sealed record Output(long Count, string HeadHash, long Breaks, IReadOnlyList<AuditChainBreak> Listed)
    {
        public bool Intact => Breaks == 0;
    }

    public async Task<Output> ExecuteAsync(CancellationToken cancellationToken)
    {
        await sealer.SealEverythingAsync(cancellationToken);
        var check = new AuditChainCheck();
        var rows = db.AuditLinks.AsNoTracking()
            .LeftJoin(db.AuditEntries.AsNoTracking(), l => l.EntryId, e => e.Id, (link, entry) => new { link, entry })
            .OrderBy(r => r.link.Position)
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            check.Add(row.link, row.entry);
        }
        check.Finish();
        return new Output(check.Count, check.HeadHash, check.Breaks, check.Listed);
    }
}
