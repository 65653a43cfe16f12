using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Catalogue;

/// <summary>Read-only views of the catalogue, shared by the pages and the API.</summary>
public sealed class CatalogueQueries(AppDbContext db)
{
    public const int FirstObjective = 1;
    public const int LastObjective = 23;

    public Task<List<Objective>> ObjectivesAsync(CancellationToken cancellationToken) =>
        db.Objectives.AsNoTracking().OrderBy(o => o.Number).ToListAsync(cancellationToken);

    public Task<Objective?> FindObjectiveAsync(int number, CancellationToken cancellationToken) =>
        db.Objectives.AsNoTracking().FirstOrDefaultAsync(o => o.Number == number, cancellationToken);

    public async Task<Objective> ObjectiveAsync(int number, CancellationToken cancellationToken) =>
        await FindObjectiveAsync(number, cancellationToken)
        ?? throw new NotFoundException($"There is no objective {number}; the Compact's objectives are numbered {FirstObjective} to {LastObjective}.");

    public Task<List<GuidingPrinciple>> PrinciplesAsync(CancellationToken cancellationToken) =>
        db.GuidingPrinciples.AsNoTracking().OrderBy(p => p.Letter).ToListAsync(cancellationToken);

    /// <summary>Parses an objective number from a route or query value, naming the field when it is malformed.</summary>
    public static int ParseObjectiveNumber(string? value, string field)
    {
        if (!int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            throw new InvalidInputException(field, $"'{value}' is not an objective number; use a whole number from {FirstObjective} to {LastObjective}.");
        }
        return number;
    }
}
