using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Catalogue;

/// <summary>What other modules may ask of the catalogue: checks on objective numbers, action letters and principle keys.</summary>
public sealed partial class CatalogueContract(AppDbContext db)
{
    /// <summary>
    /// Checks an objective and a set of its action letters, naming the field at fault.
    /// Returns the letters normalised: lower case, unique, in order.
    /// </summary>
    public async Task<List<string>> RequireObjectiveActionsAsync(int objective, IEnumerable<string>? actions, string objectiveField, string actionsField, CancellationToken cancellationToken)
    {
        var actionsCount = await db.Objectives.Where(o => o.Number == objective).Select(o => (int?)o.ActionsCount).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidInputException(objectiveField,
                $"There is no objective {objective}; the objectives are numbered {CatalogueQueries.FirstObjective} to {CatalogueQueries.LastObjective}.");
        var letters = new SortedSet<string>(StringComparer.Ordinal);
        var last = (char)('a' + actionsCount - 1);
        foreach (var raw in actions ?? [])
        {
            var letter = (raw ?? "").Trim().ToLowerInvariant();
            if (letter.Length != 1 || letter[0] < 'a' || letter[0] > last)
            {
                throw new InvalidInputException(actionsField, $"Objective {objective} has actions (a) to ({last}); '{raw}' is not one of them.");
            }
            letters.Add(letter);
        }
        return [.. letters];
    }

    /// <summary>The objectives' numbers and English short names, in order.</summary>
    public Task<List<ObjectiveName>> ObjectiveNamesAsync(CancellationToken cancellationToken) =>
        db.Objectives.OrderBy(o => o.Number).Select(o => new ObjectiveName(o.Number, o.ShortName.En)).ToListAsync(cancellationToken);

    /// <summary>An existing objective's number from a query or route value, or an input error naming the field.</summary>
    public async Task<int> RequireObjectiveAsync(string? value, string field, CancellationToken cancellationToken)
    {
        var number = CatalogueQueries.ParseObjectiveNumber(value, field);
        await RequireObjectiveActionsAsync(number, [], field, field, cancellationToken);
        return number;
    }

    /// <summary>Checks guiding-principle keys, returning them unique and in order.</summary>
    public async Task<List<string>> RequirePrinciplesAsync(IEnumerable<string>? keys, string field, CancellationToken cancellationToken)
    {
        var wanted = (keys ?? []).Select(k => (k ?? "").Trim().ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return wanted;
        }
        var known = await db.GuidingPrinciples.Select(p => p.Key).ToListAsync(cancellationToken);
        var unknown = wanted.FirstOrDefault(k => !known.Contains(k));
        return unknown is null
            ? wanted
            : throw new InvalidInputException(field, $"'{unknown}' is not a guiding principle; use one of: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
    }

    /// <summary>An objective's number and short name.</summary>
    public sealed record ObjectiveName(int Number, string ShortName);

    /// <summary>Each objective's short name and its words in every language held, for the search index.</summary>
    public async Task<List<ObjectiveText>> ObjectiveTextsAsync(CancellationToken cancellationToken)
    {
        var objectives = await db.Objectives.AsNoTracking().OrderBy(o => o.Number).ToListAsync(cancellationToken);
        string[] languages = ["en", "fr", "es", "ar", "zh", "ru"];
        return [.. objectives.Select(o => new ObjectiveText(o.Number, o.ShortName.En, string.Join("\n", languages
            .SelectMany(l => new[] { o.Title.Exactly(l), o.Summary.Exactly(l), l == "en" ? null : o.ShortName.Exactly(l) })
            .OfType<string>().Distinct())))];
    }

    /// <summary>An objective's short name and its text (title and summary, every language held).</summary>
    public sealed record ObjectiveText(int Number, string ShortName, string Text);
}
