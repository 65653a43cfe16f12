using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.States;

/// <summary>Filters for the State list. Values match case-insensitively; unknown values are an error, not an empty list.</summary>
public sealed record StateFilter(string? Region = null, string? SubRegion = null, string? Grouping = null, string? Sort = null);

/// <summary>The distinct values the State list can be filtered by.</summary>
public sealed record StateFacets(IReadOnlyList<string> Regions, IReadOnlyList<string> SubRegions, IReadOnlyList<string> Groupings);

/// <summary>Read-only views of the States, shared by the pages and the API.</summary>
public sealed class StateQueries(AppDbContext db)
{
    public static readonly IReadOnlyList<string> SortKeys = ["name", "iso3", "m49", "region", "subRegion"];

    public async Task<List<State>> ListAsync(StateFilter filter, CancellationToken cancellationToken)
    {
        var query = db.States.AsNoTracking();
        // The known values are needed only to check a filter, so an unfiltered list skips those queries.
        var facets = filter is { Region: null or "", SubRegion: null or "", Grouping: null or "" }
            ? null
            : await FacetsAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(filter.Region))
        {
            var region = Canonical(facets!.Regions, filter.Region, "region");
            query = query.Where(s => s.Region == region);
        }
        if (!string.IsNullOrWhiteSpace(filter.SubRegion))
        {
            var subRegion = Canonical(facets!.SubRegions, filter.SubRegion, "subRegion");
            query = query.Where(s => s.SubRegion == subRegion);
        }
        if (!string.IsNullOrWhiteSpace(filter.Grouping))
        {
            var grouping = Canonical(facets!.Groupings, filter.Grouping, "grouping");
            query = query.Where(s => s.Groupings.Contains(grouping));
        }
        var sort = string.IsNullOrWhiteSpace(filter.Sort) ? "name" : Canonical(SortKeys, filter.Sort, "sort");
        return sort switch
        {
            "iso3" => await query.OrderBy(s => s.Iso3).ToListAsync(cancellationToken),
            "m49" => await query.OrderBy(s => s.M49).ToListAsync(cancellationToken),
            "region" => await query.OrderBy(s => s.Region).ThenBy(s => s.Name.En).ToListAsync(cancellationToken),
            "subRegion" => await query.OrderBy(s => s.SubRegion).ThenBy(s => s.Name.En).ToListAsync(cancellationToken),
            // Names sort in memory so that "Côte d'Ivoire" sits beside "Costa Rica" on both databases.
            _ => [.. (await query.ToListAsync(cancellationToken)).OrderBy(s => s.Name.En, StringComparer.InvariantCulture)],
        };
    }

    /// <summary>The State with this code (any case), or null when the code is malformed or unknown.</summary>
    public async Task<State?> FindAsync(string? iso3, CancellationToken cancellationToken)
    {
        if (!StatesContract.IsIso3(iso3))
        {
            return null;
        }
        var code = iso3!.ToUpperInvariant();
        return await db.States.AsNoTracking().FirstOrDefaultAsync(s => s.Iso3 == code, cancellationToken);
    }

    public async Task<State> GetAsync(string? iso3, CancellationToken cancellationToken)
    {
        var code = StatesContract.ParseIso3(iso3, "iso3");
        return await FindAsync(code, cancellationToken)
            ?? throw new NotFoundException($"No State has the ISO 3166-1 alpha-3 code '{code}'.");
    }

    public async Task<StateFacets> FacetsAsync(CancellationToken cancellationToken)
    {
        var regions = await db.States.Select(s => s.Region).Distinct().OrderBy(r => r).ToListAsync(cancellationToken);
        var subRegions = await db.States.Select(s => s.SubRegion).Distinct().OrderBy(r => r).ToListAsync(cancellationToken);
        return new StateFacets(regions, subRegions, StateGroupings.All);
    }

    private static string Canonical(IReadOnlyList<string> known, string value, string field) =>
        known.FirstOrDefault(k => string.Equals(k, value.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidInputException(field, $"'{value}' is not a known {field}; use one of: {string.Join(", ", known)}.");
}
