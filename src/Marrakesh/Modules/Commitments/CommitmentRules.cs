using Marrakesh.Modules.Catalogue;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Web;

namespace Marrakesh.Modules.Commitments;

/// <summary>Checks a <see cref="CommitmentInput"/> and applies it, field by field, naming the field at fault.</summary>
public sealed class CommitmentRules(CatalogueContract catalogue)
{
    public const int DescriptionMax = 4000;
    private const int PartnersMax = 50;

    public async Task ApplyAsync(Commitment commitment, CommitmentInput input, CancellationToken cancellationToken)
    {
        if (input.Objective is { } objective && objective != commitment.Objective || input.Actions is not null)
        {
            var number = input.Objective ?? commitment.Objective;
            // A new objective re-checks the kept letters too: (k) may not exist under the new one.
            commitment.Actions = await catalogue.RequireObjectiveActionsAsync(number, input.Actions ?? commitment.Actions, "objective", "actions", cancellationToken);
            commitment.Objective = number;
        }
        if (input.Status is not null)
        {
            commitment.Status = CommitmentStatus.All.Contains(input.Status)
                ? input.Status
                : throw new InvalidInputException("status", $"'{input.Status}' is not a status; use one of: {string.Join(", ", CommitmentStatus.All)}.");
        }
        if (input.Description is not null)
        {
            commitment.Description = InputText.Trimmed(input.Description, "description", DescriptionMax)
                ?? throw new InvalidInputException("description", "Say what the State commits to do.");
        }
        if (input.LeadInstitution is not null)
        {
            commitment.LeadInstitution = InputText.Trimmed(input.LeadInstitution, "leadInstitution", 200);
        }
        if (input.Partners is not null)
        {
            commitment.Partners = input.Partners.Count <= PartnersMax
                ? [.. input.Partners.Select(p => InputText.Trimmed(p, "partners", 200)).OfType<string>().Distinct()]
                : throw new InvalidInputException("partners", $"List at most {PartnersMax} partners.");
        }
        commitment.StartDate = input.StartDate ?? commitment.StartDate;
        commitment.TargetDate = input.TargetDate ?? commitment.TargetDate;
        if (commitment.StartDate > commitment.TargetDate)
        {
            throw new InvalidInputException("targetDate", $"The target date {commitment.TargetDate:yyyy-MM-dd} is before the start date {commitment.StartDate:yyyy-MM-dd}.");
        }
        if (input.Budget is not null)
        {
            commitment.BudgetMinor = Money.ToMinor(input.Budget.Amount, "budget.amount");
            commitment.BudgetCurrency = Money.Currency(input.Budget.Currency, "budget.currency");
        }
        if (input.Principles is not null)
        {
            commitment.Principles = await catalogue.RequirePrinciplesAsync(input.Principles, "principles", cancellationToken);
        }
    }
}
