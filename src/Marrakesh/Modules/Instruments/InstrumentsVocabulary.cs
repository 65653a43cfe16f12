namespace Marrakesh.Modules.Instruments;

/// <summary>The words of the instruments module, written once for rules, pages and the API.</summary>
public static class InstrumentsVocabulary
{
    public static readonly IReadOnlyList<string> InstrumentKinds = ["treaty", "soft-law"];

    /// <summary>Acts by which a State becomes bound by a treaty. <c>consent</c> is one whose kind the source does not say.</summary>
    public static readonly IReadOnlyList<string> ConsentKinds =
        ["ratification", "accession", "succession", "acceptance", "approval", "formal-confirmation", "consent"];

    /// <summary>Acts by which a State ceases to be bound, or takes back its support.</summary>
    public static readonly IReadOnlyList<string> LeavingKinds = ["withdrawal", "denunciation"];

    /// <summary>Every kind of position a State can take on an instrument.</summary>
    public static readonly IReadOnlyList<string> PositionKinds =
        ["signature", .. ConsentKinds, "endorsement", "vote", .. LeavingKinds, "reservation"];

    public static readonly IReadOnlyList<string> Votes = ["yes", "no", "abstain", "absent"];

    /// <summary>A State's record at the Marrakesh conference; <c>unknown</c> where no source says.</summary>
    public static readonly IReadOnlyList<string> AdoptionStatuses =
        ["adopted", "adopted_then_withdrew_then_rejoined", "did_not_participate", "disputed", "unverified", "unknown"];

    /// <summary>Acts that start a State's standing on an instrument (bound by a treaty, or endorsing soft law).</summary>
    public static bool Joins(string kind) => ConsentKinds.Contains(kind) || kind == "endorsement";

    public static bool Leaves(string kind) => LeavingKinds.Contains(kind);

    /// <summary>The reference files' keys are snake_case; the platform's are kebab-case (<c>refugee-convention-1951</c>).</summary>
    public static string Kebab(string key) => key.Trim().Replace('_', '-').ToLowerInvariant();
}
