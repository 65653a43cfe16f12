using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Text;
using Marrakesh.Platform.Web;

namespace Marrakesh.Platform.Validation;

/// <summary>Marks an input that creates a record: <see cref="RequiredToCreateAttribute"/> applies to it.</summary>
public interface ICreatingInput;

/// <summary>
/// A base for the rules on one value (or on each value of a list): missing values pass, so a rule says only what is
/// wrong with a value that was sent, and <see cref="RequiredAttribute"/>-style rules say what is missing.
/// </summary>
public abstract class ValueRuleAttribute : ValidationAttribute
{
    protected sealed override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var isList = value is IEnumerable and not string;
        IEnumerable values = isList ? (IEnumerable)value! : new[] { value };
        foreach (var item in values)
        {
            // A single value may be left out (null); an item of a list may not.
            var problem = item is null ? isList ? ValidationText.Get("NullItem") : null : Problem(item);
            if (problem is not null)
            {
                return new ValidationResult(problem, validationContext.MemberName is { } member ? [member] : null);
            }
        }
        return ValidationResult.Success;
    }

    /// <summary>What is wrong with one value, or null when it is fine.</summary>
    protected abstract string? Problem(object value);
}

/// <summary>Present and not blank; for a list, at least one item.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class RequiredFieldAttribute : RequiredAttribute
{
    public override bool IsValid(object? value) => value switch
    {
        null => false,
        string text => !string.IsNullOrWhiteSpace(text),
        ICollection collection => collection.Count > 0,
        _ => true,
    };

    public override string FormatErrorMessage(string name) => ValidationText.Get("Required");
}

/// <summary>Required when the input creates a record (<see cref="ICreatingInput"/>); optional in a change.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class RequiredToCreateAttribute : ValidationAttribute
{
    private static readonly RequiredFieldAttribute Required = new();

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        validationContext.ObjectInstance is not ICreatingInput || Required.IsValid(value)
            ? ValidationResult.Success
            : new ValidationResult(ValidationText.Get("Required"), validationContext.MemberName is { } member ? [member] : null);
}

/// <summary>
/// The rule every free text goes through (ADR 0016): at most <c>max</c> characters (and at least <see cref="Min"/>),
/// counted trimmed and in NFC; valid Unicode (no lone surrogate); no control characters. A single-line text (a name,
/// a title) also holds no line break, tab or bidirectional control (U+202A–U+202E, U+2066–U+2069); a
/// <see cref="MultiLine"/> one (a narrative, a note) may hold line breaks and tabs, and bidirectional controls for
/// prose that mixes scripts.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class TextLengthAttribute(int max) : ValueRuleAttribute, IDeclaredRule
{
    public int Max { get; } = max;
    public int Min { get; init; }
    public bool MultiLine { get; init; }

    public RuleFacts Facts => new()
    {
        MaxLength = Max,
        MinLength = Min > 0 ? Min : null,
        Note = MultiLine ? "Counted trimmed; may hold line breaks." : "Counted trimmed; one line.",
    };

    protected override string? Problem(object value)
    {
        var text = (string)value;
        if (UnicodeText.HasLoneSurrogate(text))
        {
            return ValidationText.Get("InvalidUnicode");
        }
        foreach (var c in text)
        {
            if (UnicodeText.IsLineBreak(c) || c == '\t')
            {
                if (!MultiLine)
                {
                    return ValidationText.Get("SingleLine");
                }
            }
            else if (char.IsControl(c))
            {
                return ValidationText.Get("ControlCharacters");
            }
            else if (!MultiLine && UnicodeText.IsBidiControl(c))
            {
                return ValidationText.Get("BidiControls");
            }
        }
        var length = UnicodeText.Nfc(text).Trim().Length;
        return length > Max || (length < Min && length > 0)
            ? Min > 0 ? ValidationText.Get("LengthBetween", Min, Max, length) : ValidationText.Get("LengthAtMost", Max, length)
            : null;
    }
}

/// <summary>
/// One of a fixed vocabulary, named by the static list that holds it (<c>[OneOf(typeof(PledgeVocabulary),
/// nameof(PledgeVocabulary.Forms))]</c>), so the words are written once. Case and surrounding spaces do not matter.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class OneOfAttribute(Type holder, string member) : ValueRuleAttribute, IDeclaredRule
{
    public IReadOnlyList<string> Allowed { get; } = (IReadOnlyList<string>)(
        holder.GetField(member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
        ?? holder.GetProperty(member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
        ?? throw new ArgumentException($"{holder.Name}.{member} is not a public static list of words."));

    public RuleFacts Facts => new() { Allowed = Allowed, Note = "Case does not matter." };

    public static string? Canonical(string? value, IReadOnlyList<string> allowed) =>
        value is null ? null : allowed.FirstOrDefault(a => string.Equals(a, value.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The vocabulary's spelling of a value given where no rule could be declared (a query filter), or an input error.</summary>
    public static string Require(string? value, IReadOnlyList<string> allowed, string field) =>
        Canonical(value, allowed) ?? throw new InvalidInputException(field, ValidationText.Get("OneOf", value, string.Join(", ", allowed)));

    protected override string? Problem(object value) =>
        Canonical((string)value, Allowed) is null ? ValidationText.Get("OneOf", value, string.Join(", ", Allowed)) : null;
}

/// <summary>An ISO 4217 code of a currency in use (<see cref="Money.KnownCurrencies"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class CurrencyCodeAttribute : ValueRuleAttribute, IDeclaredRule
{
    public RuleFacts Facts => new() { Allowed = [.. Money.KnownCurrencies.Order(StringComparer.Ordinal)], Note = "Case does not matter." };

    protected override string? Problem(object value) =>
        Money.IsKnownCurrency((string)value) ? null : ValidationText.Get("Currency", value);
}

/// <summary>
/// An amount of money: more than zero (or zero too, with <see cref="AllowZero"/>), at most two decimals, at most
/// <see cref="Money.MaxMinor"/> cents.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class AmountAttribute : ValueRuleAttribute, IDeclaredRule
{
    public bool AllowZero { get; init; }

    public RuleFacts Facts => new()
    {
        Minimum = AllowZero ? 0 : null,
        ExclusiveMinimum = AllowZero ? null : 0,
        Maximum = Money.MaxMinor / 100m,
        MultipleOf = 0.01m,
    };

    protected override string? Problem(object value) => (decimal)value switch
    {
        < 0 when AllowZero => ValidationText.Get("AmountNotNegative"),
        <= 0 when !AllowZero => ValidationText.Get("AmountPositive"),
        var amount when decimal.Round(amount, 2) != amount => ValidationText.Get("AmountDecimals"),
        > Money.MaxMinor / 100m => ValidationText.Get("AmountTooLarge", Money.MaxMinor / 100),
        _ => null,
    };
}

/// <summary>A whole number from <c>min</c> to <c>max</c> (or, for a list, each number).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class BetweenAttribute(int min, int max) : ValueRuleAttribute, IDeclaredRule
{
    public RuleFacts Facts => new() { Minimum = min, Maximum = max };

    protected override string? Problem(object value) =>
        (int)value >= min && (int)value <= max ? null : ValidationText.Get("Between", min, max, value);
}

/// <summary>A date no later than today (money is recorded once it has moved, progress once it happened).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class NotInFutureAttribute : ValidationAttribute, IDeclaredRule
{
    public RuleFacts Facts => new() { Note = "Not after today (UTC)." };

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var today = DateOnly.FromDateTime((validationContext.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System).GetUtcNow().UtcDateTime);
        return value is DateOnly date && date > today
            ? new ValidationResult(ValidationText.Get("NotInFuture"), validationContext.MemberName is { } member ? [member] : null)
            : ValidationResult.Success;
    }
}

/// <summary>A list of at most <c>max</c> items.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class MaxItemsAttribute(int max) : ValidationAttribute, IDeclaredRule
{
    public RuleFacts Facts => new() { MaxItems = max };

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is ICollection { Count: var count } && count > max
            ? new ValidationResult(ValidationText.Get("MaxItems", max, count), validationContext.MemberName is { } member ? [member] : null)
            : ValidationResult.Success;
}

/// <summary>A date on or after a given day (the fund's money moves from 2019; the Compact dates from December 2018).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class NotBeforeAttribute(int year, int month, int day) : ValueRuleAttribute, IDeclaredRule
{
    public DateOnly Earliest { get; } = new(year, month, day);

    public RuleFacts Facts => new() { Note = $"Not before {Earliest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}." };

    protected override string? Problem(object value) =>
        (DateOnly)value < Earliest ? ValidationText.Get("NotBefore", Earliest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : null;
}
