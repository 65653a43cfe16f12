using System.ComponentModel.DataAnnotations;
using Marrakesh.Accounts;
using Marrakesh.Platform.ApiContract;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Reviews;

/// <summary>The secretariat sets which objectives each round table of a Forum covers.</summary>
public sealed class SetRoundTables(AppDbContext db, InputValidator validator)
{
    /// <summary>
    /// A Forum's round tables. The request's body is the list itself, so the endpoint binds this input as parameters
    /// (<c>[AsParameters]</c>) with the list as its body, and the API keeps the shape it always had.
    /// </summary>
    public sealed record Input : IValidatableObject
    {
        /// <summary>The round tables, each with its number and the objectives it covers; each objective goes to one round table.</summary>
        [FromBody, RoundTableObjectives]
        public List<RoundTable>? RoundTables { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (RoundTables is null || RoundTables.Any(table => table is null))
            {
                yield return new(ValidationText.Get(RoundTables is null ? "Required" : "EmptyEntry"), [nameof(RoundTables)]);
                yield break;
            }
            if (RoundTables.FirstOrDefault(table => table.Number < 1) is { } unnumbered)
            {
                yield return new(ValidationText.Get("RoundTableNumber", unnumbered.Number), [nameof(RoundTables)]);
            }
            var twice = RoundTables.SelectMany(table => table.Objectives ?? []).GroupBy(objective => objective)
                .Where(g => g.Count() > 1).Select(g => g.Key).Order();
            foreach (var objective in twice)
            {
                yield return new(ValidationText.Get("ObjectiveInTwoRoundTables", objective), [nameof(RoundTables)]);
            }
        }
    }

    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapPut("/{id}/round-tables", async Task<Ok<ReviewCycleOutput>> (
            string id, [AsParameters] Input input, SetRoundTables set, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var cycle = await set.ExecuteAsync(id, Versioning.ExpectedVersion(request), input, ct);
            return Versioning.OkWithETag(response, cycle, cycle.Version);
        }).WithName("SetRoundTables").WithSummary("The secretariat sets a Forum's round tables (send If-Match)")
            .RequireAuthorization(Policies.Secretariat)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity).ReadsIfMatch();

    public async Task<ReviewCycleOutput> ExecuteAsync(string cycleId, int expectedVersion, Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var cycle = await db.Set<ReviewCycle>().FirstOrDefaultAsync(c => c.Id == cycleId, cancellationToken)
            ?? throw new NotFoundException($"There is no review cycle {cycleId}.");
        if (cycle.Kind != ReviewCycleKinds.Imrf)
        {
            throw new DomainRuleException("Only a Forum has round tables.");
        }
        Versioning.Check(expectedVersion, cycle.Version);
        db.Entry(cycle).Property(c => c.Version).OriginalValue = cycle.Version;
        cycle.RoundTables = [.. input.RoundTables!.OrderBy(t => t.Number).Select(t => new RoundTable(t.Number, [.. (t.Objectives ?? []).Order()]))];
        cycle.Version++;
        await db.SaveChangesAsync(cancellationToken);
        return ReviewCycleOutput.From(cycle);
    }
}
