using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.Knowledge.Search;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Web;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Knowledge;

/// <summary>Checks a <see cref="PracticeInput"/> and applies its content fields, naming the field at fault.</summary>
public sealed class PracticeRules(CatalogueContract catalogue, StatesContract states)
{
    public const int TitleMax = 200;
    public const int SummaryMax = 1000;
    public const int BodyMax = 50_000;
    public const int CommentMax = 2000;
    public const int LinksMax = 10;

    public static readonly IReadOnlyList<string> Languages = ["ar", "zh", "en", "fr", "ru", "es"];

    public static readonly IReadOnlyList<string> OrganisationTypes =
        ["government", "un-entity", "civil-society", "private-sector", "local-authority", "academia", "diaspora-organisation", "migrant-organisation", "trade-union", "other"];

    public async Task ApplyAsync(Practice practice, PracticeInput input, CancellationToken cancellationToken)
    {
        if (input.Title is not null)
        {
            practice.Title = InputText.Trimmed(input.Title, "title", TitleMax) ?? throw new InvalidInputException("title", "Give the practice a title.");
        }
        if (input.Summary is not null)
        {
            practice.Summary = InputText.Trimmed(input.Summary, "summary", SummaryMax) ?? throw new InvalidInputException("summary", "Summarise the practice in a few sentences.");
        }
        if (input.Body is not null)
        {
            var body = InputText.Trimmed(input.Body, "body", BodyMax) ?? throw new InvalidInputException("body", "Describe the practice.");
            PracticeMarkdown.RefuseScript(body, "body");
            practice.Body = body;
        }
        if (input.Language is not null)
        {
            practice.Language = OneOfAttribute.Require(input.Language.Trim().ToLowerInvariant(), Languages, "language");
        }
        else if (input.Title is not null || input.Body is not null)
        {
            practice.Language = SearchText.GuessLanguage($"{practice.Title} {practice.Summary} {practice.Body}");
        }
        if (input.Objectives is not null)
        {
            if (input.Objectives.Count == 0)
            {
                throw new InvalidInputException("objectives", "Name at least one objective the practice serves.");
            }
            foreach (var objective in input.Objectives.Distinct())
            {
                await catalogue.RequireObjectiveActionsAsync(objective, [], "objectives", "objectives", cancellationToken);
            }
            practice.Objectives = [.. input.Objectives.Distinct().Order()];
        }
        if (input.Principles is not null)
        {
            practice.Principles = await catalogue.RequirePrinciplesAsync(input.Principles, "principles", cancellationToken);
        }
        if (input.Countries is not null)
        {
            var codes = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var country in input.Countries)
            {
                codes.Add(await states.RequireStateAsync(country, "countries", cancellationToken));
            }
            practice.Countries = [.. codes];
        }
        if (input.OrganisationType is not null)
        {
            practice.OrganisationType = OneOfAttribute.Require(input.OrganisationType.Trim(), OrganisationTypes, "organisationType");
        }
        practice.PeriodStart = input.PeriodStart ?? practice.PeriodStart;
        practice.PeriodEnd = input.PeriodEnd ?? practice.PeriodEnd;
        if (practice.PeriodStart is { } start && practice.PeriodEnd is { } end && end < start)
        {
            throw new InvalidInputException("periodEnd", $"The period ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).");
        }
        if (input.Links is not null)
        {
            practice.Links = Links(input.Links);
        }
    }

    private static List<string> Links(List<string> links)
    {
        if (links.Count > LinksMax)
        {
            throw new InvalidInputException("links", $"Give at most {LinksMax} links ({links.Count} given).");
        }
        var result = new List<string>();
        foreach (var raw in links)
        {
            var text = InputText.Trimmed(raw, "links", 2000);
            if (text is null)
            {
                continue;
            }
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new InvalidInputException("links", $"'{text}' is not a web address; links start with https:// or http://.");
            }
            if (!result.Contains(uri.AbsoluteUri))
            {
                result.Add(uri.AbsoluteUri);
            }
        }
        return result;
    }
}
