using System.Text.RegularExpressions;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Network;

/// <summary>An entity's acronym: 2 to 20 letters, digits or hyphens, starting with a letter (IOM, UN-Habitat).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed partial class MemberAcronymAttribute : ValueRuleAttribute
{
    protected override string? Problem(object value) =>
        Pattern().IsMatch(((string)value).Trim()) ? null : ValidationText.Get("MemberAcronym", value);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]{1,19}$")]
    private static partial Regex Pattern();
}

/// <summary>The small rules the Network's writes share.</summary>
internal static class NetworkRules
{
    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A required text sent in a change: blank is refused, as it would erase what the record must hold.</summary>
    public static string Kept(string text, string field) =>
        Blank(text) ?? throw new InvalidInputException(field, ValidationText.Get("Required"));

    public static List<string> Acronyms(IEnumerable<string> acronyms) =>
        [.. acronyms.Select(a => a.Trim().ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal)];
}
