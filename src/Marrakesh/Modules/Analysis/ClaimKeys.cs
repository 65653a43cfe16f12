using System.Text.RegularExpressions;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Analysis;

/// <summary>Claim keys, and checks in the vocabulary's own spelling (input may use any case) before they are stored.</summary>
public static partial class ClaimKeys
{
    public static bool IsKey(string value) => Key().IsMatch(value);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,31}$")]
    private static partial Regex Key();

    public static List<ClaimCheck> Canonical(IEnumerable<ClaimCheck> checks) => [.. checks.Select(c => c with
    {
        About = OneOfAttribute.Canonical(c.About, ClaimVocabulary.Subjects),
        Quantifier = OneOfAttribute.Canonical(c.Quantifier, ClaimVocabulary.Quantifiers),
        Select = Canonical(c.Select),
        Test = Canonical(c.Test),
        Except = c.Except?.Select(Code).ToList(),
        Compare = c.Compare is null ? null : c.Compare with { Op = c.Compare.Op?.Trim() },
    })];

    private static string Code(string iso3) => iso3.Trim().ToUpperInvariant();

    private static ClaimSelector? Canonical(ClaimSelector? s) => s is null ? null : s with
    {
        States = s.States?.Select(Code).ToList(),
        Vote = OneOfAttribute.Canonical(s.Vote, ClaimVocabulary.Votes),
        Grouping = OneOfAttribute.Canonical(s.Grouping, ClaimVocabulary.Groupings),
        Region = Marrakesh.Modules.States.StatesContract.RegionName(s.Region),
        Marrakesh = OneOfAttribute.Canonical(s.Marrakesh, ClaimVocabulary.MarrakeshStatuses),
        Party = s.Party is null ? null : s.Party with { Instrument = OneOfAttribute.Canonical(s.Party.Instrument, ClaimVocabulary.Instruments) },
        Profile = s.Profile is null ? null : s.Profile with { Label = OneOfAttribute.Canonical(s.Profile.Label, ProfileLabels.All) },
        Figure = s.Figure is null ? null : s.Figure with { Name = OneOfAttribute.Canonical(s.Figure.Name, ClaimVocabulary.Figures), Op = s.Figure.Op?.Trim() },
        Rank = s.Rank is null ? null : s.Rank with { Figure = OneOfAttribute.Canonical(s.Rank.Figure, ClaimVocabulary.Figures) },
        And = s.And?.Select(a => Canonical(a)!).ToList(),
        Or = s.Or?.Select(a => Canonical(a)!).ToList(),
        Not = Canonical(s.Not),
    };
}
