using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Fund;

/// <summary>Loads the fund's thematic areas from Modules/Fund/Data; never touches a mapping the secretariat has set.</summary>
internal sealed class ThematicAreasReferenceData(AppDbContext db) : IReferenceData
{
    private static readonly Lazy<IReadOnlySet<int>> AreaNumbers = new(() => EmbeddedCsv.Read<AreaRow>("thematic_areas.csv").Select(a => a.Number).ToHashSet());

    /// <summary>The thematic areas' numbers, from the same file the areas are loaded from, for input rules.</summary>
    public static IReadOnlySet<int> Numbers => AreaNumbers.Value;

    public string Name => "fund thematic areas";

    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        var areas = await db.Set<ThematicArea>().ToDictionaryAsync(a => a.Number, cancellationToken);
        foreach (var row in EmbeddedCsv.Read<AreaRow>("thematic_areas.csv"))
        {
            if (!areas.TryGetValue(row.Number, out var area))
            {
                area = new ThematicArea { Number = row.Number, Name = row.ShortName, Verified = row.Verified };
                db.Add(area);
            }
            area.Name = row.ShortName;
            area.Verified = row.Verified;
        }
        return await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record AreaRow(int Number, string ShortName, string GcmObjectives, string Verified);
}
