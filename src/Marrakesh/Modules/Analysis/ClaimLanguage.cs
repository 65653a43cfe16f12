using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Analysis;

/// <summary>
/// One test of a claim: which States (<see cref="Select"/>), a quantifier, what each is tested for and, for a count or
/// a share, the comparison. The shape is closed: an unknown field is refused where it stands (docs/adr/0017).
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ClaimCheck : IValidatableObject
{
    /// <summary>What the claim counts: <c>states</c> (default) or <c>network-members</c> (the UN Network on Migration's member entities).</summary>
    [TextLength(32), OneOf(typeof(ClaimVocabulary), nameof(ClaimVocabulary.Subjects))]
    public string? About { get; init; }

    /// <summary>The States the claim is about; every State when left out.</summary>
    public ClaimSelector? Select { get; init; }

    /// <summary><c>all</c>, <c>none</c>, <c>count</c> or <c>share</c>.</summary>
    [RequiredField, TextLength(8), OneOf(typeof(ClaimVocabulary), nameof(ClaimVocabulary.Quantifiers))]
    public string? Quantifier { get; init; }

    /// <summary>What each selected State is tested for: needed by all, none and share; narrows a count.</summary>
    public ClaimSelector? Test { get; init; }

    /// <summary>ISO3 codes the claim sets aside (its own "apart from …").</summary>
    [MaxItems(200), StatesContract.State]
    public List<string>? Except { get; init; }

    /// <summary>For count and share: the figure the claim states (a share in percent).</summary>
    public ClaimComparison? Compare { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var quantifier = OneOfAttribute.Canonical(Quantifier, ClaimVocabulary.Quantifiers);
        if (quantifier is "count" or "share" && Compare is null)
        {
            yield return new(ValidationText.Get("ClaimNeedsComparison", quantifier), [nameof(Compare)]);
        }
        if (quantifier is "all" or "none" && Compare is not null)
        {
            yield return new(ValidationText.Get("ClaimNoComparison", quantifier), [nameof(Compare)]);
        }
        if (quantifier is "all" or "none" or "share" && Test is null)
        {
            yield return new(ValidationText.Get("ClaimNeedsTest", quantifier), [nameof(Test)]);
        }
        if (OneOfAttribute.Canonical(About, ClaimVocabulary.Subjects) == "network-members" && (quantifier != "count" || Select is not null || Test is not null || Except is { Count: > 0 }))
        {
            yield return new(ValidationText.Get("ClaimNetworkCountOnly"), [nameof(About)]);
        }
    }
}

/// <summary>A comparison of a number the platform computes with the number a claim states.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ClaimComparison
{
    /// <summary><c>=</c>, <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c> or <c>&gt;=</c>.</summary>
    [RequiredField, TextLength(2), OneOf(typeof(ClaimVocabulary), nameof(ClaimVocabulary.Operators))]
    public string? Op { get; init; }

    /// <summary>A number (a count, or a share in percent); text here is refused.</summary>
    [RequiredField]
    public double? Value { get; init; }
}

/// <summary>
/// A selection of States. Exactly one of its fields is given; <see cref="And"/>, <see cref="Or"/> and <see cref="Not"/>
/// combine selections. Each State is in, out, or unknown when the record cannot say (a Marrakesh participation the
/// record does not list, a figure not imported).
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ClaimSelector : IValidatableObject
{
    /// <summary>true: every State.</summary>
    public bool? Every { get; init; }

    /// <summary>These States, by ISO3 code.</summary>
    [MaxItems(200), StatesContract.State]
    public List<string>? States { get; init; }

    /// <summary>How the State voted on A/RES/73/195: yes, no, abstain or absent.</summary>
    [TextLength(8), OneOf(typeof(ClaimVocabulary), nameof(ClaimVocabulary.Votes))]
    public string? Vote { get; init; }

    /// <summary>oecd, oecd-2018, eu, eu-2018 or au (the 2018 sets as of 19 December 2018).</summary>
    [TextLength(16), OneOf(typeof(ClaimVocabulary), nameof(ClaimVocabulary.Groupings))]
    public string? Grouping { get; init; }

    /// <summary>An M49 region, sub-region or intermediate region, e.g. <c>Europe</c>, <c>Western Africa</c>.</summary>
    [TextLength(64)]
    public string? Region { get; init; }

    /// <summary>At the Marrakech conference (10 Dec 2018): adopted, did-not-participate, or notified-un (formally told the UN it would not join).</summary>
    [TextLength(24), OneOf(typeof(ClaimVocabulary), nameof(ClaimVocabulary.MarrakeshStatuses))]
    public string? Marrakesh { get; init; }

    /// <summary>A party to an instrument at a date.</summary>
    public PartySelector? Party { get; init; }

    /// <summary>The State's migration profile label for a year.</summary>
    public ProfileSelector? Profile { get; init; }

    /// <summary>A figure of the State's migration profile compared with a threshold.</summary>
    public FigureSelector? Figure { get; init; }

    /// <summary>Among the N States with the largest value of a profile figure.</summary>
    public RankSelector? Rank { get; init; }

    /// <summary>In every one of these selections.</summary>
    [MaxItems(20)]
    public List<ClaimSelector>? And { get; init; }

    /// <summary>In any of these selections.</summary>
    [MaxItems(20)]
    public List<ClaimSelector>? Or { get; init; }

    /// <summary>Not in this selection.</summary>
    public ClaimSelector? Not { get; init; }

    private int Given() => new object?[] { Every, States, Vote, Grouping, Region, Marrakesh, Party, Profile, Figure, Rank, And, Or, Not }.Count(v => v is not null);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Given() != 1)
        {
            yield return new(ValidationText.Get("ClaimSelectorOneKey", Given()), [""]);
        }
        if (Region is not null && StatesContract.RegionName(Region) is null)
        {
            yield return new(ValidationText.Get("ClaimRegion", Region), [nameof(Region)]);
        }
        if (Every is false)
        {
            yield return new(ValidationText.Get("ClaimEveryTrue"), [nameof(Every)]);
        }
    }
}

/// <summary>Party to an instrument on a date (ratification, accession or succession on or before it).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PartySelector
{
    /// <summary>The instrument's key, e.g. <c>icrmw</c>.</summary>
    [RequiredField, TextLength(64), OneOf(typeof(ClaimVocabulary), nameof(ClaimVocabulary.Instruments))]
    public string? Instrument { get; init; }

    /// <summary>The date, e.g. 2018-12-19.</summary>
    [RequiredField]
    public DateOnly? AsOf { get; init; }
}

/// <summary>The profile label of a State for a year, with the default thresholds unless given.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ProfileSelector
{
    /// <summary>origin, destination or transit/mixed.</summary>
    [RequiredField, TextLength(16), OneOf(typeof(ProfileLabels), nameof(ProfileLabels.All))]
    public string? Label { get; init; }

    /// <summary>The year of the figures; the latest by default.</summary>
    [Between(1800, 2200)]
    public int? Year { get; init; }

    /// <summary>Immigrant share (percent) from which a State counts as a destination.</summary>
    [Between(0, 100)]
    public int? ImmigrantThreshold { get; init; }

    /// <summary>Emigrant share (percent) from which a State counts as an origin.</summary>
    [Between(0, 100)]
    public int? EmigrantThreshold { get; init; }
}

/// <summary>A profile figure compared with a number.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record FigureSelector
{
    /// <summary>immigrants, emigrants, population, immigrant-share, emigrant-share or net-migrants.</summary>
    [RequiredField, TextLength(16), OneOf(typeof(ClaimVocabulary), nameof(ClaimVocabulary.Figures))]
    public string? Name { get; init; }

    /// <summary>The year; the latest by default.</summary>
    [Between(1800, 2200)]
    public int? Year { get; init; }

    /// <summary>=, !=, &lt;, &lt;=, &gt; or &gt;=.</summary>
    [RequiredField, TextLength(2), OneOf(typeof(ClaimVocabulary), nameof(ClaimVocabulary.Operators))]
    public string? Op { get; init; }

    /// <summary>A number (persons, or percent for a share); text here is refused.</summary>
    [RequiredField]
    public double? Value { get; init; }
}

/// <summary>Among the <see cref="Top"/> States by a profile figure, largest first.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RankSelector
{
    /// <summary>immigrants, emigrants, population, immigrant-share, emigrant-share or net-migrants.</summary>
    [RequiredField, TextLength(16), OneOf(typeof(ClaimVocabulary), nameof(ClaimVocabulary.Figures))]
    public string? Figure { get; init; }

    /// <summary>The year; the latest by default.</summary>
    [Between(1800, 2200)]
    public int? Year { get; init; }

    /// <summary>How many of the largest.</summary>
    [RequiredField, Between(1, 250)]
    public int? Top { get; init; }
}

/// <summary>The words of the claim language.</summary>
public static class ClaimVocabulary
{
    public static readonly IReadOnlyList<string> Subjects = ["states", "network-members"];
    public static readonly IReadOnlyList<string> Quantifiers = ["all", "none", "count", "share"];
    public static readonly IReadOnlyList<string> Operators = ["=", "!=", "<", "<=", ">", ">="];
    public static readonly IReadOnlyList<string> Votes = ["yes", "no", "abstain", "absent"];
    public static readonly IReadOnlyList<string> Groupings = ["oecd", "oecd-2018", "eu", "eu-2018", "au"];
    public static readonly IReadOnlyList<string> MarrakeshStatuses = ["adopted", "did-not-participate", "notified-un"];
    public static readonly IReadOnlyList<string> Instruments = ["icrmw"];
    public static readonly IReadOnlyList<string> Figures = ["immigrants", "emigrants", "population", "immigrant-share", "emigrant-share", "net-migrants"];
    public static readonly IReadOnlyList<string> Verdicts = ["holds", "holds-except", "fails", "unknown"];
}
