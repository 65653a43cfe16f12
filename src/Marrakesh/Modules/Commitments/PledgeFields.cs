using System.ComponentModel.DataAnnotations;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Commitments;

/// <summary>
/// What a pledge says, with the rules each field keeps. To pledge, form, jointType, narrative and objectives are
/// required (<see cref="MakePledge.Input"/>); an amendment sends only what changes (<see cref="AmendPledge.Input"/>).
/// </summary>
public abstract record PledgeFields
{
    /// <summary>financial, human-resource, process or policy.</summary>
    [RequiredToCreate, OneOf(typeof(PledgeVocabulary), nameof(PledgeVocabulary.Forms))]
    public string? Form { get; init; }

    /// <summary>individual, common, partnership or matching.</summary>
    [RequiredToCreate, OneOf(typeof(PledgeVocabulary), nameof(PledgeVocabulary.JointTypes))]
    public string? JointType { get; init; }

    /// <summary>For a matching pledge: the id of the pledge it matches.</summary>
    public Guid? Matches { get; init; }

    /// <summary>The pledge in words, 300 to 3,000 characters.</summary>
    [RequiredToCreate, TextLength(PledgeRules.NarrativeMax, Min = PledgeRules.NarrativeMin, MultiLine = true)]
    public string? Narrative { get; init; }

    /// <summary>Financial pledges: the amount, more than zero, at most two decimals.</summary>
    [Amount]
    public decimal? Amount { get; init; }

    /// <summary>Financial pledges: the ISO 4217 code of a currency in use (the fund records money in the same one).</summary>
    [CurrencyCode]
    public string? Currency { get; init; }

    /// <summary>Numbers of the objectives the pledge serves (at least one).</summary>
    [RequiredToCreate, CatalogueContract.Objective]
    public List<int>? Objectives { get; init; }

    /// <summary>Specific actions of those objectives, as objective number and letter: ["5a", "5c"].</summary>
    [CatalogueContract.Action]
    public List<string>? Actions { get; init; }

    /// <summary>Guiding-principle keys, e.g. human-rights.</summary>
    [CatalogueContract.Principle]
    public List<string>? Principles { get; init; }

    /// <summary>States the pledge concerns (ISO3).</summary>
    [StatesContract.State]
    public List<string>? States { get; init; }

    /// <summary>How delivery will be measured (at most 1,000 characters).</summary>
    [TextLength(1000, MultiLine = true)]
    public string? Measure { get; init; }

    /// <summary>Where things stand today (at most 1,000 characters).</summary>
    [TextLength(1000, MultiLine = true)]
    public string? Baseline { get; init; }

    /// <summary>When it should be delivered (yyyy-mm-dd).</summary>
    public DateOnly? TargetDate { get; init; }

    /// <summary>Who answers for delivering it (at most 200 characters).</summary>
    [TextLength(200)]
    public string? Responsible { get; init; }

    /// <summary>
    /// The rules between fields, for a pledge made whole in one request (an amendment is checked against the stored
    /// pledge instead, in <see cref="PledgeRules"/>).
    /// </summary>
    protected IEnumerable<ValidationResult> ShapeProblems()
    {
        var financial = Form == PledgeVocabulary.Financial;
        if (financial && Amount is null)
        {
            yield return new(ValidationText.Get("FinancialAmount"), [nameof(Amount)]);
        }
        if (financial && Currency is null)
        {
            yield return new(ValidationText.Get("FinancialCurrency"), [nameof(Currency)]);
        }
        if (!financial && Form is not null && Amount is not null)
        {
            yield return new(ValidationText.Get("AmountOnlyFinancial"), [nameof(Amount)]);
        }
        if (JointType == PledgeVocabulary.Matching && Matches is null)
        {
            yield return new(ValidationText.Get("MatchRequired"), [nameof(Matches)]);
        }
        if (JointType is not null && JointType != PledgeVocabulary.Matching && Matches is not null)
        {
            yield return new(ValidationText.Get("MatchOnlyMatching"), [nameof(Matches)]);
        }
        foreach (var action in Actions ?? [])
        {
            if (CatalogueContract.ParseAction(action) is { } parsed && Objectives is not null && !Objectives.Contains(parsed.Objective))
            {
                yield return new(ValidationText.Get("ActionOutsideObjectives", action, parsed.Objective), [nameof(Actions)]);
            }
        }
    }
}
