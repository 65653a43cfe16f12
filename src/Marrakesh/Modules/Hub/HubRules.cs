using System.Collections;
using System.ComponentModel.DataAnnotations;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Hub;

/// <summary>A region an offer serves: an M49 region or sub-region, a regional commission or Global (or, for a list, each).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class OfferRegionAttribute : ValueRuleAttribute
{
    protected override string? Problem(object value) =>
        string.IsNullOrWhiteSpace((string)value) || HubVocabulary.Region((string)value) is not null ? null : ValidationText.Get("Region", value);
}

/// <summary>A list without empty entries, of at most <see cref="Max"/> of them.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ListItemsAttribute : ValidationAttribute
{
    public int Max { get; init; } = int.MaxValue;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not IList list)
        {
            return ValidationResult.Success;
        }
        var blank = list.Cast<object?>().Any(item => item is null || (item is string text && string.IsNullOrWhiteSpace(text)));
        var problem = blank ? ValidationText.Get("NoEmptyItems")
            : list.Count > Max ? ValidationText.Get("ItemsAtMost", Max, list.Count)
            : null;
        return problem is null ? ValidationResult.Success : new ValidationResult(problem, validationContext.MemberName is { } member ? [member] : null);
    }
}

/// <summary>
/// A field that, when sent, must say something: a change may leave it out (it stays as it is) but not send it blank or
/// empty. On an input that creates (<see cref="ICreatingInput"/>), <see cref="RequiredToCreateAttribute"/> says it instead.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class RequiredToKeepAttribute : ValidationAttribute
{
    private static readonly RequiredFieldAttribute Required = new();

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is null || validationContext.ObjectInstance is ICreatingInput || Required.IsValid(value)
            ? ValidationResult.Success
            : new ValidationResult(ValidationText.Get("Required"), validationContext.MemberName is { } member ? [member] : null);
}
