namespace Marrakesh.Modules.States;

/// <summary>The groupings the platform tracks, by code. Names are interface text (see the resources).</summary>
public static class StateGroupings
{
    public const string Oecd = "oecd";
    public const string EuropeanUnion = "eu";
    public const string AfricanUnion = "au";

    public static readonly IReadOnlyList<string> All = [Oecd, EuropeanUnion, AfricanUnion];

    /// <summary>The five UN regional economic commissions that hold the regional reviews.</summary>
    public static readonly IReadOnlyList<string> RegionalCommissions = ["ECA", "ECE", "ECLAC", "ESCAP", "ESCWA"];
}
