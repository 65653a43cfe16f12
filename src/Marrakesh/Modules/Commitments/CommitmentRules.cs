using Marrakesh.Modules.Catalogue;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Commitments;

/// <summary>
/// Applies validated <see cref="CommitmentFields"/> to a commitment (sent means set) and checks what only the stored
/// commitment can tell: kept action letters under a new objective, and the dates together.
/// </summary>
public sealed class CommitmentRules(CatalogueContract catalogue)
{
    public const int DescriptionMax = 4000;

    public async Task ApplyAsync(Commitment commitment, CommitmentFields input, CancellationToken cancellationToken)
    {
        if (input.Objective is { } objective && objective != commitment.Objective || input.Actions is not null)
        {
            var number = input.Objective ?? commitment.Objective;
            // A new objective re-checks the kept letters too: (k) may not exist under the new one.
            commitment.Actions = await catalogue.RequireObjectiveActionsAsync(number, input.Actions ?? commitment.Actions, "objective", "actions", cancellationToken);
            commitment.Objective = number;
        }
        commitment.Status = OneOfAttribute.Canonical(input.Status, CommitmentStatus.All) ?? commitment.Status;
        if (input.Description is not null)
        {
            commitment.Description = input.Description.Trim() is { Length: > 0 } description ? description
                : throw new InvalidInputException("description", ValidationText.Get("Required"));
        }
        if (input.LeadInstitution is not null)
        {
            commitment.LeadInstitution = input.LeadInstitution.Trim() is { Length: > 0 } lead ? lead : null;
        }
        if (input.Partners is not null)
        {
            commitment.Partners = [.. input.Partners.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct()];
        }
        commitment.StartDate = input.StartDate ?? commitment.StartDate;
        commitment.TargetDate = input.TargetDate ?? commitment.TargetDate;
        if (commitment.StartDate > commitment.TargetDate)
        {
            throw new InvalidInputException("targetDate", ValidationText.Get("TargetBeforeStart"));
        }
        if (input.Budget is not null)
        {
            commitment.BudgetMinor = (long)(input.Budget.Amount * 100);
            commitment.BudgetCurrency = input.Budget.Currency!.Trim().ToUpperInvariant();
        }
        if (input.Principles is not null)
        {
            commitment.Principles = await catalogue.RequirePrinciplesAsync(input.Principles, "principles", cancellationToken);
        }
    }
}
