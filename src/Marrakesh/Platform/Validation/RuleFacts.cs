namespace Marrakesh.Platform.Validation;

/// <summary>
/// What a declared rule allows, in terms a schema can state (the OpenAPI document reads these, so the contract and the
/// check are written once). Facts about one value apply to each item of a list; <see cref="MaxItems"/> to the list.
/// </summary>
public sealed record RuleFacts
{
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public decimal? Minimum { get; init; }
    public decimal? ExclusiveMinimum { get; init; }
    public decimal? Maximum { get; init; }
    public decimal? MultipleOf { get; init; }
    public IReadOnlyCollection<string>? Allowed { get; init; }
    public string? Pattern { get; init; }
    public int? MaxItems { get; init; }

    /// <summary>A rule a schema cannot state, said in words (appended to the field's description).</summary>
    public string? Note { get; init; }
}

/// <summary>A validation rule that can say what it allows.</summary>
public interface IDeclaredRule
{
    RuleFacts Facts { get; }
}
