using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Catalogue;

/// <summary>Input rules other modules declare on their inputs: objective numbers, action codes, principle keys.</summary>
public sealed partial class CatalogueContract
{
    /// <summary>The number of one of the Compact's objectives (or, for a list, of each).</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
    public sealed class ObjectiveAttribute : ValueRuleAttribute, IDeclaredRule
    {
        public RuleFacts Facts => new() { Minimum = 1, Maximum = CatalogueVocabulary.ObjectiveCount };

        protected override string? Problem(object value) =>
            CatalogueVocabulary.ActionsOf((int)value) > 0 ? null : ValidationText.Get("Objective", value, CatalogueVocabulary.ObjectiveCount);
    }

    /// <summary>An action as objective number and letter ("5a"; "5.a" and "5(a)" are read alike) that the Compact has.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
    public sealed class ActionAttribute : ValueRuleAttribute
    {
        protected override string? Problem(object value)
        {
            if (!CatalogueVocabulary.TryParseAction((string)value, out var objective, out var letter))
            {
                return ValidationText.Get("ActionFormat", value);
            }
            var count = CatalogueVocabulary.ActionsOf(objective);
            return count == 0 ? ValidationText.Get("Objective", objective, CatalogueVocabulary.ObjectiveCount)
                : letter - 'a' >= count ? ValidationText.Get("ActionUnknown", objective, (char)('a' + count - 1), value)
                : null;
        }
    }

    /// <summary>The key of one of the ten guiding principles.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
    public sealed class PrincipleAttribute : ValueRuleAttribute, IDeclaredRule
    {
        public RuleFacts Facts => new() { Allowed = [.. CatalogueVocabulary.PrincipleKeys] };

        protected override string? Problem(object value) =>
            CatalogueVocabulary.PrincipleKeys.Contains(((string)value).Trim().ToLowerInvariant())
                ? null : ValidationText.Get("Principle", value, string.Join(", ", CatalogueVocabulary.PrincipleKeys));
    }

    /// <summary>"5.a" as 5 and "5a", or null when it is not an action code.</summary>
    public static (int Objective, string Code)? ParseAction(string? raw) =>
        CatalogueVocabulary.TryParseAction(raw, out var objective, out var letter) ? (objective, $"{objective}{letter}") : null;

    /// <summary>Whether an objective has the action with this letter (any case, spaces ignored).</summary>
    public static bool HasAction(int objective, string? letter) =>
        (letter ?? "").Trim().ToLowerInvariant() is { Length: 1 } one && one[0] - 'a' is var index && index >= 0 && index < CatalogueVocabulary.ActionsOf(objective);

    /// <summary>The letter of an objective's last action.</summary>
    public static char LastActionLetter(int objective) => (char)('a' + CatalogueVocabulary.ActionsOf(objective) - 1);
}
