using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.States;

/// <summary>What other modules may ask of the States module.</summary>
public sealed class StatesContract(AppDbContext db)
{
    public Task<bool> ExistsAsync(string iso3, CancellationToken cancellationToken) =>
        db.States.AnyAsync(s => s.Iso3 == iso3, cancellationToken);
}
