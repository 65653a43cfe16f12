using System.ComponentModel.DataAnnotations;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Reviews;

/// <summary>
/// What a review says, with the rules each field keeps. To draft, the State is given too
/// (<see cref="DraftReview.Input"/>); a change sends only what changes (<see cref="ChangeReview.Input"/>).
/// </summary>
public abstract record ReviewFields
{
    /// <summary>One section per objective addressed; in a change, the sections sent replace all sections.</summary>
    public List<Section>? Sections { get; init; }

    /// <summary>Stakeholders consulted (whole-of-society): at most 200, each named in at most 200 characters.</summary>
    [EntriesAtMost(ReviewRules.ConsultedMax), TextLength(ReviewRules.ConsultedNameMax)]
    public List<string>? Consulted { get; init; }

    /// <summary>What the review says about one objective.</summary>
    public sealed record Section
    {
        /// <summary>Objective number.</summary>
        [RequiredField, CatalogueContract.Objective]
        public int? Objective { get; init; }

        /// <summary>not-started, planned, in-progress or achieved.</summary>
        [RequiredField, OneOf(typeof(SectionStatus), nameof(SectionStatus.All))]
        public string? Status { get; init; }

        /// <summary>The account (1 to 10,000 characters).</summary>
        [RequiredField, TextLength(ReviewRules.NarrativeMax, MultiLine = true)]
        public string? Narrative { get; init; }

        /// <summary>Links to evidence (http or https), at most 20.</summary>
        [EntriesAtMost(ReviewRules.EvidenceMax), WebAddress]
        public List<string>? Evidence { get; init; }

        /// <summary>Indicator values, at most 50, each naming what it measures (at most 200 characters).</summary>
        [EntriesAtMost(ReviewRules.IndicatorsMax), IndicatorName]
        public List<IndicatorValue>? Indicators { get; init; }
    }

    /// <summary>The rules between sections: none is empty, and no objective has two.</summary>
    protected IEnumerable<ValidationResult> SectionProblems()
    {
        var seen = new HashSet<int>();
        for (var i = 0; i < (Sections?.Count ?? 0); i++)
        {
            if (Sections![i] is not { } section)
            {
                yield return new(ValidationText.Get("EmptyEntry"), [$"{nameof(Sections)}[{i}]"]);
            }
            else if (section.Objective is { } objective && !seen.Add(objective))
            {
                yield return new(ValidationText.Get("SectionTwice", objective), [$"{nameof(Sections)}[{i}].{nameof(Section.Objective)}"]);
            }
        }
    }

    /// <summary>The sections as stored, in objective order.</summary>
    internal List<ReviewSection> SectionsOf(Guid reviewId) =>
        [.. (Sections ?? []).OrderBy(s => s.Objective).Select(s => new ReviewSection
        {
            ReviewId = reviewId,
            Objective = s.Objective!.Value,
            Status = OneOfAttribute.Canonical(s.Status, SectionStatus.All)!,
            Narrative = s.Narrative!.Trim(),
            Evidence = [.. (s.Evidence ?? []).Select(link => link.Trim())],
            Indicators = s.Indicators ?? [],
        })];

    /// <summary>The stakeholders consulted as stored: trimmed, blanks left out, each once.</summary>
    internal List<string> ConsultedNames() =>
        [.. (Consulted ?? []).Select(name => name.Trim()).Where(name => name.Length > 0).Distinct()];
}
