using System.ComponentModel.DataAnnotations;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Localization;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Knowledge;

/// <summary>
/// What a practice says, with the rules each field keeps. To submit, title, summary, body and at least one objective
/// are required (<see cref="SubmitPractice.Input"/>); an edit sends only what changes (<see cref="EditPractice.Input"/>).
/// </summary>
public abstract record PracticeFields
{
    /// <summary>A short title, up to 200 characters.</summary>
    [RequiredToCreate, NotCleared, TextLength(PracticeRules.TitleMax)]
    public string? Title { get; init; }

    /// <summary>What the practice is and why it worked, in plain text, up to 1,000 characters.</summary>
    [RequiredToCreate, NotCleared, TextLength(PracticeRules.SummaryMax, MultiLine = true)]
    public string? Summary { get; init; }

    /// <summary>
    /// The full account in Markdown (up to 50,000 characters). Raw HTML is shown as text; script, event handlers and
    /// javascript: links are refused.
    /// </summary>
    [RequiredToCreate, NotCleared, TextLength(PracticeRules.BodyMax, MultiLine = true), ScriptFree]
    public string? Body { get; init; }

    /// <summary>The language it is written in: ar, zh, en, fr, ru or es (guessed from the script when left out).</summary>
    [OneOf(typeof(Languages), nameof(Languages.Un))]
    public string? Language { get; init; }

    /// <summary>Countries where it was carried out (ISO3).</summary>
    [StatesContract.State]
    public List<string>? Countries { get; init; }

    /// <summary>Objective numbers it serves (at least one).</summary>
    [RequiredToCreate, NotCleared, CatalogueContract.Objective]
    public List<int>? Objectives { get; init; }

    /// <summary>Guiding-principle keys, e.g. whole-of-society.</summary>
    [CatalogueContract.Principle]
    public List<string>? Principles { get; init; }

    /// <summary>government, un-entity, civil-society, private-sector, local-authority, academia, diaspora-organisation, migrant-organisation, trade-union or other.</summary>
    [OneOf(typeof(PracticeRules), nameof(PracticeRules.OrganisationTypes))]
    public string? OrganisationType { get; init; }

    /// <summary>When it started (yyyy-mm-dd).</summary>
    public DateOnly? PeriodStart { get; init; }

    /// <summary>When it ended, if it has (yyyy-mm-dd), not before it started.</summary>
    public DateOnly? PeriodEnd { get; init; }

    /// <summary>Up to 10 web addresses (https:// or http://) with more about it.</summary>
    [MaxItems(PracticeRules.LinksMax), TextLength(PracticeRules.LinkMax), SafeLink]
    public List<string>? Links { get; init; }

    /// <summary>
    /// The rules between fields sent together (an edit that sends one end of the period is checked against the stored
    /// other end when applied, in <see cref="PracticeRules"/>).
    /// </summary>
    protected IEnumerable<ValidationResult> PeriodProblems()
    {
        if (PeriodStart is { } start && PeriodEnd is { } end && end < start)
        {
            yield return new(ValidationText.Get("PeriodEndsBeforeStart", end, start), [nameof(PeriodEnd)]);
        }
    }
}
