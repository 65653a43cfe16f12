using Marrakesh.Platform.Data;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.States;

/// <summary>The input rule other modules declare for a State's code, and the region names they may check without a query.</summary>
public sealed partial class StatesContract
{
    private static readonly Lazy<IReadOnlySet<string>> Codes = new(() =>
        EmbeddedCsv.Read<StateCode>("states.csv").Select(s => s.Iso3).ToHashSet(StringComparer.Ordinal));

    private static readonly Lazy<IReadOnlyList<string>> Regions = new(() => EmbeddedCsv.Read<StatePlaceRow>("states.csv")
        .SelectMany(s => new[] { s.Region, s.SubRegion, s.IntermediateRegion }).OfType<string>().Where(n => n.Length > 0)
        .Concat(RegionalCommissions).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());

    /// <summary>
    /// An M49 region, sub-region or intermediate-region name, or a regional commission, as the platform spells it (any
    /// case given); null when there is none. The same names as <see cref="RegionNamesAsync"/>, read without a query.
    /// </summary>
    public static string? RegionName(string? name) =>
        name is null ? null : Regions.Value.FirstOrDefault(r => string.Equals(r, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a code (any case) is the ISO3 code of a State the platform knows.</summary>
    public static bool IsKnownState(string? iso3) => iso3 is not null && Codes.Value.Contains(iso3.Trim().ToUpperInvariant());

    /// <summary>The ISO 3166-1 alpha-3 code of a State the platform knows (or, for a list, each code).</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
    public sealed class StateAttribute : ValueRuleAttribute, IDeclaredRule
    {
        public RuleFacts Facts => new() { Pattern = "^[A-Za-z]{3}$", Note = "The ISO 3166-1 alpha-3 code of a State the platform knows (GET /api/states)." };

        protected override string? Problem(object value) => IsKnownState((string)value) ? null : ValidationText.Get("State", value);
    }

    private sealed record StateCode(string Iso3);

    private sealed record StatePlaceRow(string Region, string SubRegion, string? IntermediateRegion);
}
