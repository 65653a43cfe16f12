using Marrakesh.Platform.Data;

namespace Marrakesh.Modules.Catalogue;

/// <summary>
/// The Compact's fixed vocabulary, read once from the same embedded files that load the catalogue: how many actions
/// each objective has, and the guiding principles' keys. Input rules check against it without a query.
/// </summary>
internal static class CatalogueVocabulary
{
    private static readonly Lazy<IReadOnlyDictionary<int, int>> ActionCounts = new(() =>
        EmbeddedCsv.Read<ObjectiveActions>("objectives.csv").ToDictionary(o => o.Number, o => o.ActionsCount));

    private static readonly Lazy<IReadOnlyList<string>> PrincipleKeyList = new(() =>
        [.. EmbeddedCsv.Read<PrincipleKey>("principles.csv").Select(p => p.Key).Order(StringComparer.Ordinal)]);

    public static int ObjectiveCount => ActionCounts.Value.Count;

    public static int ActionsOf(int objective) => ActionCounts.Value.GetValueOrDefault(objective);

    public static IReadOnlyList<string> PrincipleKeys => PrincipleKeyList.Value;

    /// <summary>Reads "5a", "5.a", "5(a)" or "5 a" as objective 5, letter a; says nothing of whether it exists.</summary>
    public static bool TryParseAction(string? raw, out int objective, out char letter)
    {
        var value = new string([.. (raw ?? "").ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);
        letter = value.Length >= 2 ? value[^1] : '\0';
        return int.TryParse(value.AsSpan(0, Math.Max(0, value.Length - 1)), System.Globalization.CultureInfo.InvariantCulture, out objective)
            && char.IsAsciiLetterLower(letter);
    }

    private sealed record ObjectiveActions(int Number, int ActionsCount);

    private sealed record PrincipleKey(string Key);
}
