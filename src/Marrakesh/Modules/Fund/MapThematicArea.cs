using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// The secretariat sets which Compact objectives a thematic area covers, naming its source: the shipped reference
/// data does not know the mapping, and the platform does not guess it.
/// </summary>
public sealed class MapThematicArea(AppDbContext db, TimeProvider clock, IAuditActor actor)
{
    public async Task<ThematicAreaOutput> ExecuteAsync(int number, ThematicAreaInput input, CancellationToken cancellationToken)
    {
        var area = await db.Set<ThematicArea>().FirstOrDefaultAsync(a => a.Number == number, cancellationToken)
            ?? throw new NotFoundException($"The fund has no thematic area {number}.");
        var objectives = input.Objectives is { Count: > 0 } ? input.Objectives.Distinct().Order().ToList()
            : throw new InvalidInputException("objectives", "Name the objectives this area covers.");
        if (objectives.Any(o => o is < 1 or > 23))
        {
            throw new InvalidInputException("objectives", "Objectives are numbered 1 to 23.");
        }
        area.Objectives = objectives;
        area.ObjectivesSource = InputText.Trimmed(input.Source, "source", 500)
            ?? throw new InvalidInputException("source", "Say where the mapping comes from (e.g. the fund's Terms of Reference, with its date).");
        area.MappedAt = clock.GetUtcNow().UtcDateTime;
        area.MappedBy = actor.Name;
        await db.SaveChangesAsync(cancellationToken);
        return ThematicAreaOutput.From(area);
    }
}

/// <summary>Which objectives a thematic area covers.</summary>
/// <param name="Objectives">Objective numbers, 1 to 23.</param>
/// <param name="Source">Where the mapping comes from.</param>
public sealed record ThematicAreaInput(List<int>? Objectives, string? Source);

/// <summary>A thematic area of the fund.</summary>
/// <param name="Number">1 to 5.</param>
/// <param name="Name">Short name (see <paramref name="Verified"/>).</param>
/// <param name="Verified">How far the name has been checked.</param>
/// <param name="Objectives">Objectives covered; empty until the secretariat sets them.</param>
/// <param name="ObjectivesSource">The mapping's source.</param>
/// <param name="MappedBy">Who set the mapping.</param>
public sealed record ThematicAreaOutput(int Number, string Name, string Verified, IReadOnlyList<int> Objectives, string? ObjectivesSource, string? MappedBy)
{
    public static ThematicAreaOutput From(ThematicArea a) => new(a.Number, a.Name, a.Verified, a.Objectives, a.ObjectivesSource, a.MappedBy);
}
