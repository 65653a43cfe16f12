using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Marrakesh.Accounts;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Analysis;

/// <summary>The secretariat adds a claim, written in the claim language, for the record to check (no code needed).</summary>
public sealed class AddClaim(AppDbContext db, InputValidator validator, ClaimVerdicts verdicts, TimeProvider clock)
{
    /// <summary>A claim: its words, and the checks that decide it.</summary>
    [JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
    public sealed record Input : IValidatableObject
    {
        /// <summary>A short key of letters, digits and hyphens (at most 32), e.g. <c>eu-rejecters-2018</c>.</summary>
        [RequiredField, TextLength(32)]
        public string? Id { get; init; }

        /// <summary>The claim in words, as it was made.</summary>
        [RequiredField, TextLength(1000, MultiLine = true)]
        public string? Text { get; init; }

        /// <summary>How a word of it is read, when readings differ.</summary>
        [TextLength(500)]
        public string? Reading { get; init; }

        /// <summary>A group shared by the readings of one statement, shown side by side.</summary>
        [TextLength(32)]
        public string? Group { get; init; }

        /// <summary>Why the record can or cannot decide it, where that needs saying.</summary>
        [TextLength(2000, MultiLine = true)]
        public string? Note { get; init; }

        /// <summary>The checks, all of which must hold (none: the claim has no verdict).</summary>
        [MaxItems(10)]
        public List<ClaimCheck>? Checks { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (Id is not null && !ClaimKeys.IsKey(Id.Trim()))
            {
                yield return new(ValidationText.Get("ClaimKey", Id), [nameof(Id)]);
            }
            if (Checks is not null && Checks.Any(c => c is null))
            {
                yield return new(ValidationText.Get("NullItem"), [nameof(Checks)]);
            }
        }
    }

    public static void Map(RouteGroupBuilder claims) =>
        claims.MapPost("", async Task<Created<ClaimOutput>> (Input input, AddClaim add, CancellationToken ct) =>
        {
            var claim = await add.ExecuteAsync(input, ct);
            return TypedResults.Created($"/api/analysis/claims/{claim.Id}", claim);
        }).WithName("AddClaim").WithSummary("The secretariat adds a claim in the claim language; the answer carries its verdict")
            .RequireAuthorization(Policies.Secretariat)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);

    public async Task<ClaimOutput> ExecuteAsync(Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var id = input.Id!.Trim();
        if (await db.Set<Claim>().AnyAsync(c => c.Id == id, cancellationToken))
        {
            throw new ConflictException($"There is already a claim '{id}'; choose another key.");
        }
        var claim = new Claim
        {
            Id = id, Text = input.Text!.Trim(), Reading = Blank(input.Reading), Group = Blank(input.Group), Note = Blank(input.Note),
            Checks = ClaimJson.Write(ClaimKeys.Canonical(input.Checks ?? [])), Origin = "secretariat", CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Set<Claim>().Add(claim);
        await db.SaveChangesAsync(cancellationToken);
        return await verdicts.EvaluateAsync(claim, cancellationToken);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
