using Marrakesh.Modules.Catalogue;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Commitments;

/// <summary>
/// Applies validated <see cref="PledgeFields"/> to a pledge (sent means set; left out keeps the stored value) and
/// checks what only the whole pledge or the database can tell: the matched pledge exists, and a pledge changed in
/// part still has the shape its form and joint type ask for.
/// </summary>
public sealed class PledgeRules(AppDbContext db)
{
    public const int NarrativeMin = 300;
    public const int NarrativeMax = 3000;
    public const int NoteMax = 2000;

    public async Task ApplyAsync(Pledge pledge, PledgeFields input, CancellationToken cancellationToken)
    {
        pledge.Form = OneOfAttribute.Canonical(input.Form, PledgeVocabulary.Forms) ?? pledge.Form;
        pledge.JointType = OneOfAttribute.Canonical(input.JointType, PledgeVocabulary.JointTypes) ?? pledge.JointType;
        // Leaving "matching" drops the old match; naming a match on any other type is refused below.
        pledge.Matches = input.Matches ?? (pledge.JointType == PledgeVocabulary.Matching ? pledge.Matches : null);
        pledge.Narrative = input.Narrative?.Trim() ?? pledge.Narrative;
        pledge.AmountMinor = input.Amount is { } amount ? (long)(amount * 100) : pledge.AmountMinor;
        pledge.Currency = input.Currency?.Trim().ToUpperInvariant() ?? pledge.Currency;
        pledge.Objectives = input.Objectives is { } objectives ? [.. objectives.Distinct().Order()] : pledge.Objectives;
        pledge.Actions = input.Actions is { } actions
            ? [.. actions.Select(a => CatalogueContract.ParseAction(a)!.Value.Code).Distinct().Order(StringComparer.Ordinal)]
            : pledge.Actions;
        pledge.Principles = input.Principles is { } principles
            ? [.. principles.Select(p => p.Trim().ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal)]
            : pledge.Principles;
        pledge.States = input.States is { } states
            ? [.. states.Select(s => s.Trim().ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal)]
            : pledge.States;
        // Sent means set: an empty text clears the field; left out keeps it.
        pledge.Measure = input.Measure is null ? pledge.Measure : Blank(input.Measure);
        pledge.Baseline = input.Baseline is null ? pledge.Baseline : Blank(input.Baseline);
        pledge.Responsible = input.Responsible is null ? pledge.Responsible : Blank(input.Responsible);
        pledge.TargetDate = input.TargetDate ?? pledge.TargetDate;
        CheckWhole(pledge);
        await CheckMatchAsync(pledge, cancellationToken);
    }

    private static string? Blank(string text) => text.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    /// <summary>A pledge changed in part must still hang together; every problem is named at once.</summary>
    private static void CheckWhole(Pledge pledge)
    {
        var errors = new Dictionary<string, string[]>();
        var financial = pledge.Form == PledgeVocabulary.Financial;
        if (financial && pledge.AmountMinor is null)
        {
            errors["amount"] = [ValidationText.Get("FinancialAmount")];
        }
        if (financial && pledge.Currency is null)
        {
            errors["currency"] = [ValidationText.Get("FinancialCurrency")];
        }
        if (!financial && pledge.AmountMinor is not null)
        {
            errors["amount"] = [ValidationText.Get("AmountOnlyFinancial")];
        }
        if (pledge.JointType == PledgeVocabulary.Matching && pledge.Matches is null)
        {
            errors["matches"] = [ValidationText.Get("MatchRequired")];
        }
        if (pledge.JointType != PledgeVocabulary.Matching && pledge.Matches is not null)
        {
            errors["matches"] = [ValidationText.Get("MatchOnlyMatching")];
        }
        if (pledge.Objectives.Count == 0)
        {
            errors["objectives"] = [ValidationText.Get("Required")];
        }
        var outside = pledge.Actions.Where(a => !pledge.Objectives.Contains(CatalogueContract.ParseAction(a)!.Value.Objective)).ToList();
        if (outside.Count > 0)
        {
            errors["actions"] = [.. outside.Select(a => ValidationText.Get("ActionOutsideObjectives", a, CatalogueContract.ParseAction(a)!.Value.Objective))];
        }
        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }
    }

    private async Task CheckMatchAsync(Pledge pledge, CancellationToken cancellationToken)
    {
        if (pledge.Matches is { } matched && (matched == pledge.Id || !await db.Set<Pledge>().AnyAsync(p => p.Id == matched, cancellationToken)))
        {
            throw new InvalidInputException("matches", $"There is no other pledge {matched} to match.");
        }
    }
}
