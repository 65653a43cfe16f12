using System.Globalization;
using Marrakesh.Modules.Commitments;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marrakesh.Pages.Commitments;

/// <summary>The commitment form as a browser sends it: plain strings, turned into the use case's input.</summary>
public sealed class CommitmentForm
{
    public int Objective { get; set; } = 1;
    /// <summary>Letters separated by commas or spaces, e.g. "a, c".</summary>
    public string? Actions { get; set; }
    public string Status { get; set; } = CommitmentStatus.Planned;
    public string? Description { get; set; }
    public string? LeadInstitution { get; set; }
    /// <summary>One partner per line.</summary>
    public string? Partners { get; set; }
    public string? StartDate { get; set; }
    public string? TargetDate { get; set; }
    public string? BudgetAmount { get; set; }
    public string? BudgetCurrency { get; set; }
    public List<string> Principles { get; set; } = [];
    /// <summary>The version the form was filled from: the page's If-Match.</summary>
    public int Version { get; set; }

    public static CommitmentForm From(CommitmentOutput c) => new()
    {
        Objective = c.Objective,
        Actions = string.Join(", ", c.Actions),
        Status = c.Status,
        Description = c.Description,
        LeadInstitution = c.LeadInstitution,
        Partners = string.Join('\n', c.Partners),
        StartDate = c.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TargetDate = c.TargetDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        BudgetAmount = c.Budget?.Amount.ToString(CultureInfo.InvariantCulture),
        BudgetCurrency = c.Budget?.Currency,
        Principles = [.. c.Principles],
        Version = c.Version,
    };

    /// <summary>The input for the use case; what the form cannot read (a number, a date) is named in <paramref name="errors"/>.</summary>
    public TInput ToInput<TInput>(ModelStateDictionary errors) where TInput : CommitmentFields, new() => new()
    {
        Objective = Objective,
        Actions = [.. (Actions ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries)],
        Status = Status,
        Description = Description ?? "",
        LeadInstitution = LeadInstitution ?? "",
        Partners = [.. (Partners ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        StartDate = Date(StartDate, nameof(StartDate), errors),
        TargetDate = Date(TargetDate, nameof(TargetDate), errors),
        Budget = Budget(errors),
        Principles = Principles,
    };

    private BudgetInput? Budget(ModelStateDictionary errors)
    {
        if (string.IsNullOrWhiteSpace(BudgetAmount))
        {
            return null;
        }
        if (decimal.TryParse(BudgetAmount, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return new BudgetInput { Amount = amount, Currency = BudgetCurrency };
        }
        errors.AddModelError($"Form.{nameof(BudgetAmount)}", Platform.Validation.ValidationText.Get("NumberFormat"));
        return null;
    }

    /// <summary>Maps an input error from the use case to the form field it concerns.</summary>
    public static string FieldFor(string apiField) => "Form." + apiField switch
    {
        "budget.amount" => nameof(BudgetAmount),
        "budget.currency" => nameof(BudgetCurrency),
        _ => char.ToUpperInvariant(apiField[0]) + apiField[1..],
    };

    private static DateOnly? Date(string? value, string field, ModelStateDictionary errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors.AddModelError($"Form.{field}", Platform.Validation.ValidationText.Get("DateFormat"));
        return null;
    }
}
