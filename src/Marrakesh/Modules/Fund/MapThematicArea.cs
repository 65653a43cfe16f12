using Marrakesh.Accounts;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// The secretariat sets which Compact objectives a thematic area covers, naming its source: the shipped reference
/// data does not know the mapping, and the platform does not guess it.
/// </summary>
public sealed class MapThematicArea(InputValidator validator, AppDbContext db, TimeProvider clock, IAuditActor actor)
{
    /// <summary>Which objectives a thematic area covers.</summary>
    public sealed record Input
    {
        /// <summary>Objective numbers (at least one).</summary>
        [RequiredField, CatalogueContract.Objective]
        public List<int>? Objectives { get; init; }

        /// <summary>Where the mapping comes from, e.g. the fund's Terms of Reference with its date (at most 500 characters).</summary>
        [RequiredField, TextLength(500)]
        public string? Source { get; init; }
    }

    public static void Map(RouteGroupBuilder fund) =>
        fund.MapPut("/thematic-areas/{number:int}", async Task<Ok<ThematicAreaOutput>> (int number, Input input, MapThematicArea map, CancellationToken ct) =>
            TypedResults.Ok(await map.ExecuteAsync(number, input, ct)))
            .WithName("MapThematicArea").WithSummary("Set which objectives a thematic area covers, with the mapping's source (secretariat)")
            .RequireAuthorization(Policies.Secretariat).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

    public async Task<ThematicAreaOutput> ExecuteAsync(int number, Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var area = await db.Set<ThematicArea>().FirstOrDefaultAsync(a => a.Number == number, cancellationToken)
            ?? throw new NotFoundException($"The fund has no thematic area {number}.");
        area.Objectives = [.. input.Objectives!.Distinct().Order()];
        area.ObjectivesSource = input.Source!.Trim();
        area.MappedAt = clock.GetUtcNow().UtcDateTime;
        area.MappedBy = actor.Name;
        await db.SaveChangesAsync(cancellationToken);
        return ThematicAreaOutput.From(area);
    }
}

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
