using System.Collections;
using System.ComponentModel.DataAnnotations;
using Marrakesh.Modules.Knowledge.Search;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Knowledge;

/// <summary>
/// A practice's vocabularies and limits, and the application of validated <see cref="PracticeFields"/> to a practice
/// (sent means set; left out keeps the stored value), with the one check only the stored practice can answer: its
/// period, when a change sends one end of it.
/// </summary>
public static class PracticeRules
{
    public const int TitleMax = 200;
    public const int SummaryMax = 1000;
    public const int BodyMax = 50_000;
    public const int CommentMax = 2000;
    public const int OrganisationMax = 200;
    public const int LinksMax = 10;
    public const int LinkMax = 2000;


    public static readonly IReadOnlyList<string> OrganisationTypes =
        ["government", "un-entity", "civil-society", "private-sector", "local-authority", "academia", "diaspora-organisation", "migrant-organisation", "trade-union", "other"];

    public static void Apply(Practice practice, PracticeFields input)
    {
        practice.Title = input.Title?.Trim() ?? practice.Title;
        practice.Summary = input.Summary?.Trim() ?? practice.Summary;
        practice.Body = input.Body?.Trim() ?? practice.Body;
        if (OneOfAttribute.Canonical(input.Language, Platform.Localization.Languages.Un) is { } language)
        {
            practice.Language = language;
        }
        else if (input.Title is not null || input.Body is not null)
        {
            practice.Language = SearchText.GuessLanguage($"{practice.Title} {practice.Summary} {practice.Body}");
        }
        practice.Objectives = input.Objectives is { } objectives ? [.. objectives.Distinct().Order()] : practice.Objectives;
        practice.Principles = input.Principles is { } principles
            ? [.. principles.Select(p => p.Trim().ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal)]
            : practice.Principles;
        practice.Countries = input.Countries is { } countries
            ? [.. countries.Select(c => c.Trim().ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal)]
            : practice.Countries;
        practice.OrganisationType = OneOfAttribute.Canonical(input.OrganisationType, OrganisationTypes) ?? practice.OrganisationType;
        practice.PeriodStart = input.PeriodStart ?? practice.PeriodStart;
        practice.PeriodEnd = input.PeriodEnd ?? practice.PeriodEnd;
        if (practice.PeriodStart is { } start && practice.PeriodEnd is { } end && end < start)
        {
            throw new InvalidInputException("periodEnd", ValidationText.Get("PeriodEndsBeforeStart", end, start));
        }
        practice.Links = input.Links is { } links
            ? [.. links.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => new Uri(l.Trim(), UriKind.Absolute).AbsoluteUri).Distinct()]
            : practice.Links;
    }
}

/// <summary>When sent, not blank (a text) or empty (a list): a change may leave the field out, but not clear it.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class NotClearedAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        (value is string text && string.IsNullOrWhiteSpace(text)) || value is ICollection { Count: 0 }
            ? new ValidationResult(ValidationText.Get("Required"), validationContext.MemberName is { } member ? [member] : null)
            : ValidationResult.Success;
}

/// <summary>
/// A web address a page can link to safely: absolute, http or https, with a host and without a user name or password
/// (<c>https://trusted.example@evil.example</c> reads as one site and leads to another). Blank entries are skipped.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class SafeLinkAttribute : ValueRuleAttribute
{
    protected override string? Problem(object value)
    {
        var text = ((string)value).Trim();
        return text.Length == 0
            || (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                && uri.Host.Length > 0 && uri.UserInfo.Length == 0)
            ? null
            : ValidationText.Get("SafeLink", text);
    }
}

/// <summary>Markdown that carries nothing that runs script (<see cref="PracticeMarkdown.ScriptProblem"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ScriptFreeAttribute : ValueRuleAttribute
{
    protected override string? Problem(object value) => PracticeMarkdown.ScriptProblem((string)value);
}
