using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Reviews;

/// <summary>
/// Generates the review cycles from the Compact's rhythm up to four years ahead, and seeds known round
/// tables (Data/round_tables.csv) where the secretariat has not set any.
/// </summary>
internal sealed class ReviewCyclesReferenceData(AppDbContext db, TimeProvider clock) : IReferenceData
{
    public string Name => "review cycles";

    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Set<ReviewCycle>().ToDictionaryAsync(c => c.Id, cancellationToken);
        foreach (var (id, kind, year, commission) in ReviewRhythm.Until(clock.GetUtcNow().Year + 4))
        {
            if (!existing.ContainsKey(id))
            {
                var cycle = new ReviewCycle { Id = id, Kind = kind, Year = year, Commission = commission };
                db.Set<ReviewCycle>().Add(cycle);
                existing[id] = cycle;
            }
        }
        foreach (var table in EmbeddedCsv.Read<RoundTableRow>("round_tables.csv").GroupBy(r => r.Cycle))
        {
            if (existing.TryGetValue(table.Key, out var cycle) && cycle.RoundTables.Count == 0)
            {
                cycle.RoundTables = [.. table.OrderBy(r => r.RoundTable).Select(r => new RoundTable(r.RoundTable, [.. r.Objectives.Split(';').Select(int.Parse)]))];
            }
        }
        foreach (var row in EmbeddedCsv.Read<CycleDatesRow>("cycle_dates.csv"))
        {
            if (existing.TryGetValue(row.Cycle, out var cycle))
            {
                (cycle.Starts, cycle.Ends) = (DateOnly.Parse(row.Starts, System.Globalization.CultureInfo.InvariantCulture),
                    DateOnly.Parse(row.Ends, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record CycleDatesRow(string Cycle, string Starts, string Ends, string Source);

    private sealed record RoundTableRow(string Cycle, int RoundTable, string Objectives);
}
