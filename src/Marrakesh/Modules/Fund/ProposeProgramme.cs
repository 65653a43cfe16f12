using System.Text.RegularExpressions;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Fund;

/// <summary>Files a joint programme as a concept note, waiting for the steering committee's decision.</summary>
public sealed partial class ProposeProgramme(AppDbContext db, StatesContract states, TimeProvider clock, Platform.Audit.IAuditActor actor)
{
    public async Task<ProgrammeOutput> ExecuteAsync(ProgrammeInput input, Guid? hubRequest, CancellationToken cancellationToken)
    {
        var title = InputText.Trimmed(input.Title, "title", 300) ?? throw new InvalidInputException("title", "Give the programme a title.");
        if (input.Countries is not { Count: > 0 })
        {
            throw new InvalidInputException("countries", "Name at least one country the programme serves.");
        }
        var countries = new List<string>();
        foreach (var country in input.Countries.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            countries.Add(await states.RequireStateAsync(country, "countries", cancellationToken));
        }
        var area = input.ThematicArea ?? throw new InvalidInputException("thematicArea", "Name the fund's thematic area, 1 to 5.");
        if (!await db.Set<ThematicArea>().AnyAsync(a => a.Number == area, cancellationToken))
        {
            throw new InvalidInputException("thematicArea", $"The fund has no thematic area {area}; use 1 to 5.");
        }
        var objectives = input.Objectives is { Count: > 0 } ? input.Objectives.Distinct().Order().ToList()
            : throw new InvalidInputException("objectives", "Name at least one Compact objective.");
        if (objectives.Any(o => o is < 1 or > 23))
        {
            throw new InvalidInputException("objectives", "Objectives are numbered 1 to 23.");
        }
        var programme = new Programme
        {
            Id = Guid.NewGuid(),
            Title = title,
            Summary = InputText.Trimmed(input.Summary, "summary", 4000),
            Countries = countries,
            ThematicArea = area,
            Objectives = objectives,
            Organisations = Organisations(input.Organisations),
            BudgetMinor = Usd.PositiveMinor(input.BudgetUsd, "budgetUsd"),
            GenderMarker = Marker(input.GenderMarker, "genderMarker"),
            HumanRightsMarker = Marker(input.HumanRightsMarker, "humanRightsMarker"),
            HubRequestId = hubRequest,
            ProposedAt = clock.GetUtcNow().UtcDateTime,
            ProposedBy = actor.Name,
            UpdatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(programme);
        await db.SaveChangesAsync(cancellationToken);
        return ProgrammeOutput.From(programme);
    }

    /// <summary>Participating UN organisations by acronym; a joint programme has at least two.</summary>
    private static List<string> Organisations(List<string>? organisations)
    {
        var acronyms = (organisations ?? []).Select(o => o?.Trim().ToUpperInvariant() ?? "").Distinct().ToList();
        if (acronyms.Any(a => !Acronym().IsMatch(a)))
        {
            throw new InvalidInputException("organisations", "Name each participating UN organisation by its acronym, e.g. IOM.");
        }
        return acronyms.Count >= 2 ? acronyms
            : throw new InvalidInputException("organisations", "A joint programme has at least two participating UN organisations.");
    }

    private static int? Marker(int? marker, string field) => marker is null or (>= 0 and <= FundVocabulary.MarkerMax)
        ? marker
        : throw new InvalidInputException(field, $"A marker runs from 0 (no contribution) to {FundVocabulary.MarkerMax} (principal objective).");

    [GeneratedRegex("^[A-Z][A-Z0-9-]{1,19}$")]
    private static partial Regex Acronym();
}
