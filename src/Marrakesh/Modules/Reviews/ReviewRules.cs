using System.Collections;
using System.ComponentModel.DataAnnotations;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Reviews;

/// <summary>The limits a review's content keeps.</summary>
internal static class ReviewRules
{
    public const int NarrativeMax = 10_000;
    public const int EvidenceMax = 20;
    public const int IndicatorsMax = 50;
    public const int IndicatorNameMax = 200;
    public const int ConsultedMax = 200;
    public const int ConsultedNameMax = 200;
    public const int ReasonMax = 1000;
}

/// <summary>How far a State has come on an objective, as its review says.</summary>
public static class SectionStatus
{
    public static readonly IReadOnlyList<string> All = ["not-started", "planned", "in-progress", "achieved"];
}

/// <summary>A list of at most <c>max</c> entries, none of them empty (null).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class EntriesAtMostAttribute(int max) : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not ICollection items)
        {
            return ValidationResult.Success;
        }
        var problem = items.Count > max ? ValidationText.Get("EntriesAtMost", max, items.Count)
            : items.Cast<object?>().Any(item => item is null) ? ValidationText.Get("EmptyEntry")
            : null;
        return problem is null
            ? ValidationResult.Success
            : new ValidationResult(problem, validationContext.MemberName is { } member ? [member] : null);
    }
}

/// <summary>An absolute web address (http or https).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class WebAddressAttribute : ValueRuleAttribute
{
    protected override string? Problem(object value) =>
        Uri.TryCreate(((string)value).Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? null : ValidationText.Get("WebAddress", value);
}

/// <summary>An indicator value that names what it measures, in at most 200 characters.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class IndicatorNameAttribute : ValueRuleAttribute
{
    protected override string? Problem(object value) => ((IndicatorValue)value).Name?.Trim() switch
    {
        null or "" => ValidationText.Get("IndicatorName"),
        { Length: > ReviewRules.IndicatorNameMax } name => ValidationText.Get("IndicatorNameLength", ReviewRules.IndicatorNameMax, name.Length),
        _ => null,
    };
}

/// <summary>A round table whose objectives are all the Compact's (the catalogue's own rule, applied to each table).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class RoundTableObjectivesAttribute : ValueRuleAttribute
{
    private static readonly CatalogueContract.ObjectiveAttribute ObjectiveRule = new();

    protected override string? Problem(object value) =>
        ObjectiveRule.GetValidationResult(((RoundTable)value).Objectives, new ValidationContext(value))?.ErrorMessage;
}
