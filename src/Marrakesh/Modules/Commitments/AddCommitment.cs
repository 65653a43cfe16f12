using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Commitments;

/// <summary>A focal point (or the secretariat) adds a draft commitment to a State's plan.</summary>
public sealed class AddCommitment(
    AppDbContext db, InputValidator validator, Guard guard, StatesContract states, CommitmentRules rules, CommitmentHistory history)
{
    /// <summary>A new commitment of a State's plan.</summary>
    public sealed record Input : CommitmentFields, ICreatingInput;

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPost("/states/{iso3}/commitments", async Task<Created<CommitmentOutput>> (
            string iso3, Input input, ClaimsPrincipal user, AddCommitment add, HttpResponse response, CancellationToken ct) =>
        {
            var created = await add.ExecuteAsync(user, iso3, input, ct);
            response.Headers.ETag = Versioning.ETagOf(created.Version);
            return TypedResults.Created($"/api/commitments/{created.Id}", created);
        }).WithName("AddCommitment").WithSummary("Add a draft commitment to a State's plan");

    public async Task<CommitmentOutput> ExecuteAsync(ClaimsPrincipal user, string iso3, Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var state = await states.RequireExistingAsync(iso3, cancellationToken);
        await guard.RequireAsync(user, new PlanOf(state), CommitmentsPermissions.WritePlan);
        var commitment = new Commitment { Id = Guid.NewGuid(), StateIso3 = state, Description = "", CreatedAt = history.Now, Objective = 0 };
        await rules.ApplyAsync(commitment, input, cancellationToken);
        db.Set<Commitment>().Add(commitment);
        await history.SaveAsync(commitment, "created", cancellationToken);
        return CommitmentOutput.From(commitment);
    }
}
