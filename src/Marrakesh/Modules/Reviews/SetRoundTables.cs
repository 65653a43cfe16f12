using Marrakesh.Modules.Catalogue;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Reviews;

/// <summary>The secretariat sets which objectives each round table of a Forum covers.</summary>
public sealed class SetRoundTables(AppDbContext db, CatalogueContract catalogue)
{
    public async Task<ReviewCycleOutput> ExecuteAsync(string cycleId, int expectedVersion, List<RoundTable> tables, CancellationToken cancellationToken)
    {
        var cycle = await db.Set<ReviewCycle>().FirstOrDefaultAsync(c => c.Id == cycleId, cancellationToken)
            ?? throw new NotFoundException($"There is no review cycle {cycleId}.");
        if (cycle.Kind != ReviewCycleKinds.Imrf)
        {
            throw new DomainRuleException("Only a Forum has round tables.");
        }
        Platform.Web.Versioning.Check(expectedVersion, cycle.Version);
        var seen = new HashSet<int>();
        if (tables is null || tables.Any(t => t is null))
        {
            throw new InvalidInputException("roundTables", "Send a list of round tables, each with its objectives.");
        }
        foreach (var table in tables)
        {
            foreach (var objective in table.Objectives ?? [])
            {
                await catalogue.RequireObjectiveActionsAsync(objective, [], "roundTables", "roundTables", cancellationToken);
                if (!seen.Add(objective))
                {
                    throw new InvalidInputException("roundTables", $"Objective {objective} is in two round tables; each objective goes to one.");
                }
            }
        }
        db.Entry(cycle).Property(c => c.Version).OriginalValue = cycle.Version;
        cycle.RoundTables = [.. tables.OrderBy(t => t.Number).Select(t => new RoundTable(t.Number, [.. (t.Objectives ?? []).Order()]))];
        cycle.Version++;
        await db.SaveChangesAsync(cancellationToken);
        return ReviewCycleOutput.From(cycle);
    }
}
