using Marrakesh.Platform.Data;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.States;

/// <summary>The input rule other modules declare for a State's code.</summary>
public sealed partial class StatesContract
{
    private static readonly Lazy<IReadOnlySet<string>> Codes = new(() =>
        EmbeddedCsv.Read<StateCode>("states.csv").Select(s => s.Iso3).ToHashSet(StringComparer.Ordinal));

    /// <summary>Whether a code (any case) is the ISO3 code of a State the platform knows.</summary>
    public static bool IsKnownState(string? iso3) => iso3 is not null && Codes.Value.Contains(iso3.Trim().ToUpperInvariant());

    /// <summary>The ISO 3166-1 alpha-3 code of a State the platform knows (or, for a list, each code).</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
    public sealed class StateAttribute : ValueRuleAttribute
    {
        protected override string? Problem(object value) => IsKnownState((string)value) ? null : ValidationText.Get("State", value);
    }

    private sealed record StateCode(string Iso3);
}
