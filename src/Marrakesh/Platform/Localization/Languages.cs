using System.Globalization;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Platform.Localization;

/// <summary>
/// The platform's one list of languages: the six UN languages (<see cref="UiCultures"/>), and, where a record may be in
/// another language (support is often given in a national one), any ISO 639-1 code the runtime's ICU data knows.
/// </summary>
public static class Languages
{
    /// <summary>The six official UN languages' codes, in the UN's order.</summary>
    public static readonly IReadOnlyList<string> Un = [.. UiCultures.All.Select(c => c.Code)];

    private static readonly HashSet<string> Known = [.. Un, .. CultureInfo.GetCultures(CultureTypes.NeutralCultures)
        .Select(c => c.Name).Where(n => n.Length == 2 && n.All(char.IsAsciiLetterLower))];

    public static bool IsKnown(string code) => Known.Contains(code.Trim().ToLowerInvariant());

    /// <summary>Codes as stored: lower case, unique, in the order given.</summary>
    public static List<string> Codes(IEnumerable<string> codes) => [.. codes.Select(c => c.Trim().ToLowerInvariant()).Distinct()];
}

/// <summary>An ISO 639-1 language code the platform knows (<see cref="Languages.IsKnown"/>), or, for a list, each code.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class LanguageCodeAttribute : ValueRuleAttribute
{
    // A blank entry is for the list's own rule to name.
    protected override string? Problem(object value) =>
        string.IsNullOrWhiteSpace((string)value) || Languages.IsKnown((string)value) ? null : ValidationText.Get("Language", value);
}
