using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Analysis;

/// <summary>The claims with their verdicts, for the API and the pages.</summary>
public sealed class ClaimQueries(AppDbContext db, ClaimVerdicts verdicts)
{
    public async Task<List<ClaimOutput>> ListAsync(CancellationToken cancellationToken)
    {
        var claims = await db.Set<Claim>().AsNoTracking().ToListAsync(cancellationToken);
        var outputs = new List<ClaimOutput>();
        foreach (var claim in claims.OrderBy(c => c.Origin == "seed" ? 0 : 1).ThenBy(c => c.Id, StringComparer.Ordinal))
        {
            outputs.Add(await verdicts.EvaluateAsync(claim, cancellationToken));
        }
        return outputs;
    }

    public async Task<ClaimOutput> GetAsync(string id, CancellationToken cancellationToken)
    {
        var claim = ClaimKeys.IsKey(id) ? await db.Set<Claim>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) : null;
        return claim is null ? throw new NotFoundException($"There is no claim '{id}'.") : await verdicts.EvaluateAsync(claim, cancellationToken);
    }

    /// <summary>The other readings of the claim's statement, with their verdicts, to show side by side.</summary>
    public async Task<List<ClaimOutput>> ReadingsAsync(ClaimOutput claim, CancellationToken cancellationToken)
    {
        if (claim.Group is null)
        {
            return [];
        }
        var group = await db.Set<Claim>().AsNoTracking().Where(c => c.Group == claim.Group && c.Id != claim.Id).ToListAsync(cancellationToken);
        var outputs = new List<ClaimOutput>();
        foreach (var other in group.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            outputs.Add(await verdicts.EvaluateAsync(other, cancellationToken));
        }
        return outputs;
    }
}
