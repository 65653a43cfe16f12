using System.Text.RegularExpressions;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.States;

/// <summary>What other modules may ask of the States module.</summary>
public sealed partial class StatesContract(AppDbContext db)
{
    /// <summary>The upper-case code of an existing State, or an input error naming <paramref name="field"/>.</summary>
    public async Task<string> RequireStateAsync(string? iso3, string field, CancellationToken cancellationToken)
    {
        var code = ParseIso3(iso3?.Trim(), field);
        return await db.States.AnyAsync(s => s.Iso3 == code, cancellationToken)
            ? code
            : throw new InvalidInputException(field, $"No State has the ISO 3166-1 alpha-3 code '{code}'.");
    }

    /// <summary>The upper-case code of an existing State named in a route; an unknown one is 404.</summary>
    public async Task<string> RequireExistingAsync(string? iso3, CancellationToken cancellationToken)
    {
        var code = ParseIso3(iso3?.Trim(), "iso3");
        return await db.States.AnyAsync(s => s.Iso3 == code, cancellationToken)
            ? code
            : throw new NotFoundException($"No State has the ISO 3166-1 alpha-3 code '{code}'.");
    }

    /// <summary>The five UN regional economic commissions that hold the regional reviews.</summary>
    public static IReadOnlyList<string> RegionalCommissions => StateGroupings.RegionalCommissions;

    /// <summary>The regional commissions a State belongs to.</summary>
    public async Task<List<string>> CommissionsOfAsync(string iso3, CancellationToken cancellationToken) =>
        await db.States.Where(s => s.Iso3 == iso3).Select(s => s.RegionalCommissions).FirstOrDefaultAsync(cancellationToken) ?? [];

    // The lookups below project the two columns they need: loading whole States would also track all of them, and
    // every later SaveChanges of the request would then scan them for changes.

    /// <summary>English names of all States by code, for pages and reports.</summary>
    public Task<Dictionary<string, string>> NamesAsync(CancellationToken cancellationToken) =>
        db.States.Select(s => new { s.Iso3, Value = s.Name.En }).ToDictionaryAsync(s => s.Iso3, s => s.Value, cancellationToken);

    /// <summary>Each State's M49 region, by code.</summary>
    public Task<Dictionary<string, string>> RegionsAsync(CancellationToken cancellationToken) =>
        db.States.Select(s => new { s.Iso3, Value = s.Region }).ToDictionaryAsync(s => s.Iso3, s => s.Value, cancellationToken);

    /// <summary>The English names and M49 regions of a few States, by code (unknown codes are left out).</summary>
    public async Task<(Dictionary<string, string> Names, Dictionary<string, string> Regions)> NamesAndRegionsAsync(
        IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var states = await db.States.Where(s => codes.Contains(s.Iso3)).Select(s => new { s.Iso3, Name = s.Name.En, s.Region }).ToListAsync(cancellationToken);
        return (states.ToDictionary(s => s.Iso3, s => s.Name), states.ToDictionary(s => s.Iso3, s => s.Region));
    }

    /// <summary>Each State's ISO 3166-1 alpha-2 code, by its alpha-3 code (IATI names countries by alpha-2).</summary>
    public Task<Dictionary<string, string>> Iso2CodesAsync(CancellationToken cancellationToken) =>
        db.States.Select(s => new { s.Iso3, Value = s.Iso2 }).ToDictionaryAsync(s => s.Iso3, s => s.Value, cancellationToken);

    /// <summary>Each State's English name and UN M49 code (three digits), by its alpha-3 code: statistical files name countries by either.</summary>
    public async Task<Dictionary<string, (string Name, string M49)>> NamesAndM49CodesAsync(CancellationToken cancellationToken) =>
        (await db.States.Select(s => new { s.Iso3, Name = s.Name.En, s.M49 }).ToListAsync(cancellationToken)).ToDictionary(s => s.Iso3, s => (s.Name, s.M49));

    /// <summary>Codes of the States that belong to a regional commission (all States when null).</summary>
    public Task<List<string>> MembersAsync(string? commission, CancellationToken cancellationToken) =>
        (commission is null ? db.States : db.States.Where(s => s.RegionalCommissions.Contains(commission)))
            .OrderBy(s => s.Iso3).Select(s => s.Iso3).ToListAsync(cancellationToken);

    /// <summary>The State's English UN short name.</summary>
    public async Task<string> NameAsync(string iso3, CancellationToken cancellationToken) =>
        await db.States.Where(s => s.Iso3 == iso3).Select(s => s.Name.En).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException($"No State has the ISO 3166-1 alpha-3 code '{iso3}'.");

    /// <summary>Where a State sits: its M49 region, sub-region and intermediate region, and its regional commissions; null for an unknown code.</summary>
    public async Task<StatePlace?> PlaceOfAsync(string iso3, CancellationToken cancellationToken) =>
        await db.States.Where(s => s.Iso3 == iso3)
            .Select(s => new StatePlace(s.Region, s.SubRegion, s.IntermediateRegion, s.RegionalCommissions))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Every M49 region, sub-region and intermediate-region name in use, and the regional commissions, in order.</summary>
    public async Task<List<string>> RegionNamesAsync(CancellationToken cancellationToken)
    {
        var places = await db.States.Select(s => new { s.Region, s.SubRegion, s.IntermediateRegion }).ToListAsync(cancellationToken);
        return [.. places.SelectMany(p => new[] { p.Region, p.SubRegion, p.IntermediateRegion }).OfType<string>()
            .Concat(RegionalCommissions).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>Every State with what analyses select it by: region and groupings.</summary>
    public async Task<List<StateProfile>> ProfilesAsync(CancellationToken cancellationToken) =>
        (await db.States.AsNoTracking().OrderBy(s => s.Iso3)
            .Select(s => new { s.Iso3, Name = s.Name.En, s.Region, s.SubRegion, s.IntermediateRegion, s.UnMember, s.Groupings })
            .ToListAsync(cancellationToken))
        .Select(s => new StateProfile(s.Iso3, s.Name, s.Region, s.SubRegion, s.IntermediateRegion, s.UnMember, s.Groupings))
        .ToList();

    /// <summary>A State as analyses select it: its place and current groupings (<see cref="StateGroupings"/>).</summary>
    public sealed record StateProfile(string Iso3, string Name, string Region, string SubRegion, string? IntermediateRegion, bool UnMember,
        IReadOnlyList<string> Groupings);

    /// <summary>Upper-cases a three-letter code, or says why it is not one.</summary>
    public static string ParseIso3(string? value, string field) =>
        IsIso3(value)
            ? value!.ToUpperInvariant()
            : throw new InvalidInputException(field, $"'{value}' is not an ISO 3166-1 alpha-3 code; use three letters, e.g. MAR.");

    public static bool IsIso3(string? value) => value is not null && Iso3Pattern().IsMatch(value);

    [GeneratedRegex("^[A-Za-z]{3}$")]
    private static partial Regex Iso3Pattern();

    /// <summary>A State's place in the M49 regions and the regional commissions.</summary>
    public sealed record StatePlace(string Region, string SubRegion, string? IntermediateRegion, IReadOnlyList<string> Commissions);
    /// <summary>Each State's English name, its names in the other languages held and its region, for the search index.</summary>
    public async Task<List<StateText>> StateTextsAsync(CancellationToken cancellationToken)
    {
        var states = await db.States.AsNoTracking().OrderBy(s => s.Iso3).ToListAsync(cancellationToken);
        string[] languages = ["fr", "es", "ar", "zh", "ru"];
        return [.. states.Select(s => new StateText(s.Iso3, s.Name.En, s.Region, string.Join("\n",
            new[] { s.Name.En, s.Iso3, s.SubRegion, s.Region }.Concat(languages.Select(l => s.Name.Exactly(l)).OfType<string>()).Distinct())))];
    }

    /// <summary>A State's code, English name, region and further searchable words.</summary>
    public sealed record StateText(string Iso3, string Name, string Region, string Text);
}
