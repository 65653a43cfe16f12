using System.ComponentModel.DataAnnotations;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Commitments;

/// <summary>
/// What a commitment of a national implementation plan says, with the rules each field keeps. To add one, objective
/// and description are required (<see cref="AddCommitment.Input"/>); a change sends only what changes (an empty list
/// clears a list).
/// </summary>
public abstract record CommitmentFields : IValidatableObject
{
    /// <summary>Objective number.</summary>
    [RequiredToCreate, CatalogueContract.Objective]
    public int? Objective { get; init; }

    /// <summary>Letters of the objective's actions the commitment draws on, e.g. ["a", "c"].</summary>
    [TextLength(2)]
    public List<string>? Actions { get; init; }

    /// <summary>planned (default), in-progress, achieved or discontinued.</summary>
    [OneOf(typeof(CommitmentStatus), nameof(CommitmentStatus.All))]
    public string? Status { get; init; }

    /// <summary>What the State commits to do (1 to 4,000 characters).</summary>
    [RequiredToCreate, TextLength(CommitmentRules.DescriptionMax, MultiLine = true)]
    public string? Description { get; init; }

    /// <summary>The institution in charge (at most 200 characters).</summary>
    [TextLength(200)]
    public string? LeadInstitution { get; init; }

    /// <summary>Partner institutions and organisations (at most 50, each at most 200 characters).</summary>
    [MaxItems(50), TextLength(200)]
    public List<string>? Partners { get; init; }

    /// <summary>When work starts (yyyy-mm-dd).</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>When it should be done (yyyy-mm-dd), not before the start.</summary>
    public DateOnly? TargetDate { get; init; }

    /// <summary>Optional budget.</summary>
    public BudgetInput? Budget { get; init; }

    /// <summary>Keys of the guiding principles it advances, e.g. ["whole-of-society"].</summary>
    [CatalogueContract.Principle]
    public List<string>? Principles { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StartDate > TargetDate)
        {
            yield return new(ValidationText.Get("TargetBeforeStart"), [nameof(TargetDate)]);
        }
        // Letters are checked against the objective named here; a change that keeps the stored objective is
        // checked against it when applied (CommitmentRules).
        if (Objective is { } objective && Actions is not null
            && Actions.FirstOrDefault(a => !CatalogueContract.HasAction(objective, a)) is { } unknown)
        {
            yield return new(ValidationText.Get("ActionLetter", objective, CatalogueContract.LastActionLetter(objective), unknown), [nameof(Actions)]);
        }
    }
}

/// <summary>An amount in a currency.</summary>
public sealed record BudgetInput
{
    /// <summary>At most two decimals, not negative.</summary>
    [Amount(AllowZero = true)]
    public decimal Amount { get; init; }

    /// <summary>ISO 4217 code, e.g. USD.</summary>
    [RequiredField, CurrencyCode]
    public string? Currency { get; init; }
}
