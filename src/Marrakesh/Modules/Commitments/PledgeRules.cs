using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Commitments;

/// <summary>Checks a <see cref="PledgeInput"/> and applies its content fields, naming the field at fault.</summary>
public sealed class PledgeRules(AppDbContext db, CatalogueContract catalogue, StatesContract states)
{
    public const int NarrativeMin = 300;
    public const int NarrativeMax = 3000;
    public const int NoteMax = 2000;

    public async Task ApplyAsync(Pledge pledge, PledgeInput input, CancellationToken cancellationToken)
    {
        if (input.Form is not null)
        {
            pledge.Form = OneOf(input.Form, PledgeVocabulary.Forms, "form");
        }
        if (input.JointType is not null)
        {
            pledge.JointType = OneOf(input.JointType, PledgeVocabulary.JointTypes, "jointType");
        }
        // Leaving "matching" drops the old match; naming a match on any other type is an error below.
        pledge.Matches = input.Matches ?? (pledge.JointType == PledgeVocabulary.Matching ? pledge.Matches : null);
        await CheckMatchAsync(pledge, cancellationToken);
        if (input.Narrative is not null)
        {
            var narrative = input.Narrative.Trim();
            pledge.Narrative = narrative.Length is >= NarrativeMin and <= NarrativeMax
                ? narrative
                : throw new InvalidInputException("narrative", $"Write {NarrativeMin} to {NarrativeMax:N0} characters ({narrative.Length} given).");
        }
        if (input.Amount is not null || input.Currency is not null)
        {
            pledge.AmountMinor = input.Amount is { } amount ? Money.ToMinor(amount, "amount") : pledge.AmountMinor;
            pledge.Currency = input.Currency is not null ? Money.Currency(input.Currency, "currency") : pledge.Currency;
        }
        CheckMoney(pledge);
        if (input.Objectives is not null)
        {
            if (input.Objectives.Count == 0)
            {
                throw new InvalidInputException("objectives", "Name at least one objective the pledge serves.");
            }
            foreach (var objective in input.Objectives.Distinct())
            {
                await catalogue.RequireObjectiveActionsAsync(objective, [], "objectives", "objectives", cancellationToken);
            }
            pledge.Objectives = [.. input.Objectives.Distinct().Order()];
        }
        if (input.Actions is not null || input.Objectives is not null)
        {
            pledge.Actions = await ActionsAsync(input.Actions ?? pledge.Actions, pledge.Objectives, cancellationToken);
        }
        if (input.Principles is not null)
        {
            pledge.Principles = await catalogue.RequirePrinciplesAsync(input.Principles, "principles", cancellationToken);
        }
        if (input.States is not null)
        {
            var codes = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var state in input.States)
            {
                codes.Add(await states.RequireStateAsync(state, "states", cancellationToken));
            }
            pledge.States = [.. codes];
        }
        // Sent means set: an empty text clears the field; left out keeps it.
        pledge.Measure = input.Measure is null ? pledge.Measure : InputText.Trimmed(input.Measure, "measure", 1000);
        pledge.Baseline = input.Baseline is null ? pledge.Baseline : InputText.Trimmed(input.Baseline, "baseline", 1000);
        pledge.Responsible = input.Responsible is null ? pledge.Responsible : InputText.Trimmed(input.Responsible, "responsible", 200);
        pledge.TargetDate = input.TargetDate ?? pledge.TargetDate;
    }

    public static string OneOf(string value, IReadOnlyList<string> allowed, string field) =>
        allowed.Contains(value) ? value : throw new InvalidInputException(field, $"'{value}' is not allowed here; use one of: {string.Join(", ", allowed)}.");

    private async Task CheckMatchAsync(Pledge pledge, CancellationToken cancellationToken)
    {
        if (pledge.JointType != PledgeVocabulary.Matching)
        {
            if (pledge.Matches is not null)
            {
                throw new InvalidInputException("matches", "Only a matching pledge names the pledge it matches.");
            }
            return;
        }
        if (pledge.Matches is not { } matched)
        {
            throw new InvalidInputException("matches", "A matching pledge must name the pledge it matches.");
        }
        if (matched == pledge.Id || !await db.Set<Pledge>().AnyAsync(p => p.Id == matched, cancellationToken))
        {
            throw new InvalidInputException("matches", $"There is no other pledge {matched} to match.");
        }
    }

    private static void CheckMoney(Pledge pledge)
    {
        if (pledge.Form == PledgeVocabulary.Financial)
        {
            if (pledge.AmountMinor is null or 0)
            {
                throw new InvalidInputException("amount", "A financial pledge states its amount.");
            }
            if (pledge.Currency is null)
            {
                throw new InvalidInputException("currency", "A financial pledge states its currency.");
            }
        }
        else if (pledge.AmountMinor is not null)
        {
            throw new InvalidInputException("amount", $"Only financial pledges carry an amount; this one is {pledge.Form}.");
        }
    }

    private async Task<List<string>> ActionsAsync(IEnumerable<string> actions, List<int> objectives, CancellationToken cancellationToken)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var raw in actions)
        {
            var value = (raw ?? "").Trim().ToLowerInvariant().Replace(".", "", StringComparison.Ordinal).Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal);
            if (value.Length < 2 || !int.TryParse(value[..^1], System.Globalization.CultureInfo.InvariantCulture, out var objective))
            {
                throw new InvalidInputException("actions", $"'{raw}' is not an action; write the objective number then the letter, e.g. 5a.");
            }
            if (!objectives.Contains(objective))
            {
                throw new InvalidInputException("actions", $"Action {raw} belongs to objective {objective}, which the pledge does not name.");
            }
            var letter = await catalogue.RequireObjectiveActionsAsync(objective, [value[^1..]], "actions", "actions", cancellationToken);
            result.Add($"{objective}{letter[0]}");
        }
        return [.. result];
    }
}
