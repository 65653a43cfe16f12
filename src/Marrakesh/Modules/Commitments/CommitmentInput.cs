namespace Marrakesh.Modules.Commitments;

/// <summary>
/// A commitment's fields. To create, <paramref name="Objective"/> and <paramref name="Description"/> are required;
/// to change, send only what changes (an empty list clears a list).
/// </summary>
/// <param name="Objective">Objective number, 1 to 23.</param>
/// <param name="Actions">Letters of the objective's actions the commitment draws on, e.g. ["a", "c"].</param>
/// <param name="Status">planned (default), in-progress, achieved or discontinued.</param>
/// <param name="Description">What the State commits to do (1 to 4,000 characters).</param>
/// <param name="LeadInstitution">The institution in charge.</param>
/// <param name="Partners">Partner institutions and organisations.</param>
/// <param name="StartDate">When work starts (yyyy-mm-dd).</param>
/// <param name="TargetDate">When it should be done (yyyy-mm-dd), not before the start.</param>
/// <param name="Budget">Optional budget.</param>
/// <param name="Principles">Keys of the guiding principles it advances, e.g. ["whole-of-society"].</param>
public sealed record CommitmentInput(
    int? Objective = null,
    List<string>? Actions = null,
    string? Status = null,
    string? Description = null,
    string? LeadInstitution = null,
    List<string>? Partners = null,
    DateOnly? StartDate = null,
    DateOnly? TargetDate = null,
    BudgetInput? Budget = null,
    List<string>? Principles = null);

/// <summary>An amount in a currency.</summary>
/// <param name="Amount">At most two decimals, not negative.</param>
/// <param name="Currency">ISO 4217 code, e.g. USD.</param>
public sealed record BudgetInput(decimal Amount, string Currency);
