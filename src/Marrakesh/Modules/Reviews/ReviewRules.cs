using Marrakesh.Modules.Catalogue;
using Marrakesh.Platform.Errors;

namespace Marrakesh.Modules.Reviews;

/// <summary>Checks review sections and consultations, naming the field at fault (sections[i].field).</summary>
public sealed class ReviewRules(CatalogueContract catalogue)
{
    public const int NarrativeMax = 10_000;
    private const int EvidenceMax = 20;
    private const int IndicatorsMax = 50;

    public async Task<List<ReviewSection>> SectionsAsync(Guid reviewId, List<SectionInput> sections, CancellationToken cancellationToken)
    {
        var result = new List<ReviewSection>();
        for (var i = 0; i < sections.Count; i++)
        {
            var at = $"sections[{i}]";
            var s = sections[i] ?? throw new InvalidInputException(at, "A section cannot be empty.");
            await catalogue.RequireObjectiveActionsAsync(s.Objective, [], $"{at}.objective", $"{at}.objective", cancellationToken);
            if (result.Any(r => r.Objective == s.Objective))
            {
                throw new InvalidInputException($"{at}.objective", $"Objective {s.Objective} already has a section; write one section per objective.");
            }
            var status = s.Status is not null && SectionStatus.All.Contains(s.Status)
                ? s.Status
                : throw new InvalidInputException($"{at}.status", $"'{s.Status}' is not a status; use one of: {string.Join(", ", SectionStatus.All)}.");
            var narrative = s.Narrative?.Trim() is { Length: > 0 and <= NarrativeMax } text
                ? text
                : throw new InvalidInputException($"{at}.narrative", $"Write 1 to {NarrativeMax:N0} characters.");
            result.Add(new ReviewSection
            {
                ReviewId = reviewId,
                Objective = s.Objective,
                Status = status,
                Narrative = narrative,
                Evidence = Evidence(s.Evidence ?? [], $"{at}.evidence"),
                Indicators = Indicators(s.Indicators ?? [], $"{at}.indicators"),
            });
        }
        return [.. result.OrderBy(r => r.Objective)];
    }

    public static List<string> Consulted(List<string> consulted) =>
        consulted.Count <= 200
            ? [.. consulted.Select(c => c?.Trim() ?? throw new InvalidInputException("consulted", "A consulted stakeholder cannot be empty.")).Where(c => c.Length > 0).Select(c => c.Length <= 200 ? c
                : throw new InvalidInputException("consulted", "Use at most 200 characters per name.")).Distinct()]
            : throw new InvalidInputException("consulted", "List at most 200 stakeholders.");

    private static List<string> Evidence(List<string> links, string field)
    {
        if (links.Count > EvidenceMax)
        {
            throw new InvalidInputException(field, $"Give at most {EvidenceMax} links.");
        }
        foreach (var link in links)
        {
            if (link is null || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new InvalidInputException(field, $"'{link}' is not a web address (http or https).");
            }
        }
        return links;
    }

    private static List<IndicatorValue> Indicators(List<IndicatorValue> values, string field) =>
        values.Count <= IndicatorsMax && values.All(v => v?.Name?.Trim() is { Length: > 0 and <= 200 })
            ? values
            : throw new InvalidInputException(field, $"Give at most {IndicatorsMax} indicators, each with a name of up to 200 characters.");
}
