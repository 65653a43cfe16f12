namespace Marrakesh.Modules.Analysis;

/// <summary>
/// How a State's migration profile is labelled (README "Analysis"). With I the immigrant share and E the emigrant share
/// of the population, in percent, and thresholds tI and tE:
/// <c>destination</c> when I ≥ tI and E &lt; tE; <c>origin</c> when E ≥ tE and I &lt; tI; <c>transit/mixed</c> otherwise —
/// both shares at or above their thresholds (people arrive and leave in numbers) or both below (neither marks the
/// population). No label when either share is unknown.
/// </summary>
public static class ProfileLabels
{
    public const string Origin = "origin";
    public const string Destination = "destination";
    public const string Mixed = "transit/mixed";

    public static readonly IReadOnlyList<string> All = [Origin, Destination, Mixed];

    /// <summary>Default thresholds in percent: roughly twice the world's share of international migrants (3.6% in 2020).</summary>
    public const double DefaultImmigrantThreshold = 8;
    public const double DefaultEmigrantThreshold = 8;

    public static string? Of(double? immigrantShare, double? emigrantShare, double immigrantThreshold, double emigrantThreshold) =>
        (immigrantShare, emigrantShare) switch
        {
            (null, _) or (_, null) => null,
            var (i, e) when i >= immigrantThreshold && e < emigrantThreshold => Destination,
            var (i, e) when e >= emigrantThreshold && i < immigrantThreshold => Origin,
            _ => Mixed,
        };
}
