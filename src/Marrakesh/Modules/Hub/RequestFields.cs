using System.ComponentModel.DataAnnotations;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Platform.Localization;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Hub;

/// <summary>
/// What a request says, with the rules each field keeps. To submit, objectives, title, need, languages and modality are
/// required (<see cref="SubmitRequest.Input"/>); a change sends only what changes (<see cref="ChangeRequest.Input"/>).
/// </summary>
public abstract record RequestFields
{
    /// <summary>Compact objectives concerned (1 to 23), at least one.</summary>
    [RequiredToCreate, RequiredToKeep, CatalogueContract.Objective]
    public List<int>? Objectives { get; init; }

    /// <summary>A short title (at most 200 characters).</summary>
    [RequiredToCreate, RequiredToKeep, TextLength(SupportRequestConfiguration.TitleMax)]
    public string? Title { get; init; }

    /// <summary>The need in plain words (at most 4,000 characters).</summary>
    [RequiredToCreate, RequiredToKeep, TextLength(SupportRequestConfiguration.NeedMax, MultiLine = true)]
    public string? Need { get; init; }

    /// <summary>
    /// ISO 639-1 codes of the languages support should come in, preferred first: the six UN languages (ar, zh, en, fr,
    /// ru, es) or any other ISO 639-1 language.
    /// </summary>
    [RequiredToCreate, RequiredToKeep, ListItems, LanguageCode]
    public List<string>? Languages { get; init; }

    /// <summary>advice, training, peer-exchange or joint-programme.</summary>
    [RequiredToCreate, OneOf(typeof(HubVocabulary), nameof(HubVocabulary.Modalities))]
    public string? Modality { get; init; }

    /// <summary>When support should start (yyyy-mm-dd), if known.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>When it should end (yyyy-mm-dd), if known; not before the start.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>The timeline in words, e.g. "before the 2027 budget cycle" (at most 500 characters).</summary>
    [TextLength(RequestRules.TimelineMax)]
    public string? Timeline { get; init; }

    /// <summary>Who to contact (private to the State and the secretariat; at most 300 characters).</summary>
    [TextLength(RequestRules.ContactMax)]
    public string? Contact { get; init; }

    /// <summary>The dates sent, in order (a change is checked against the stored dates too, in <see cref="RequestRules"/>).</summary>
    protected IEnumerable<ValidationResult> DateProblems()
    {
        if (StartDate is { } start && EndDate is { } end && end < start)
        {
            yield return new(RequestRules.EndBeforeStart(start, end), [nameof(EndDate)]);
        }
    }
}
