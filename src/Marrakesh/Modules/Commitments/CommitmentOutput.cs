using Marrakesh.Platform.Web;

namespace Marrakesh.Modules.Commitments;

/// <summary>A commitment of a national implementation plan.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="State">ISO3 of the State.</param>
/// <param name="Objective">Objective number.</param>
/// <param name="Actions">Action letters drawn on.</param>
/// <param name="Status">planned, in-progress, achieved or discontinued.</param>
/// <param name="Description">What the State commits to do.</param>
/// <param name="LeadInstitution">Institution in charge.</param>
/// <param name="Partners">Partners.</param>
/// <param name="StartDate">Start date.</param>
/// <param name="TargetDate">Target date.</param>
/// <param name="Budget">Budget, if any.</param>
/// <param name="Principles">Guiding principles advanced.</param>
/// <param name="Published">False while a draft (seen only by the State's focal points and the secretariat).</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="Version">Version number; the ETag.</param>
/// <param name="UpdatedAt">Last change.</param>
public sealed record CommitmentOutput(
    Guid Id, string State, int Objective, IReadOnlyList<string> Actions, string Status, string Description,
    string? LeadInstitution, IReadOnlyList<string> Partners, DateOnly? StartDate, DateOnly? TargetDate,
    BudgetOutput? Budget, IReadOnlyList<string> Principles, bool Published, DateTime? PublishedAt, int Version, DateTime UpdatedAt) : IVersionedOutput
{
    public static CommitmentOutput From(Commitment c) => new(
        c.Id, c.StateIso3, c.Objective, c.Actions, c.Status, c.Description, c.LeadInstitution, c.Partners, c.StartDate, c.TargetDate,
        c.BudgetMinor is { } minor ? new BudgetOutput(Money.FromMinor(minor), c.BudgetCurrency!) : null,
        c.Principles, c.IsPublished, c.PublishedAt, c.Version, c.UpdatedAt);
}

/// <summary>An amount in a currency.</summary>
public sealed record BudgetOutput(decimal Amount, string Currency);
