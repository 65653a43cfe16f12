using Marrakesh.Modules.States;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marrakesh.Pages.States;

public sealed class IndexModel(StateQueries states, IStringLocalizer<SharedResource> text) : PageModel
{
    private static readonly string[] PageSortKeys = ["name", "iso3", "region", "subRegion"];

    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public string? SubRegion { get; set; }
    [BindProperty(SupportsGet = true)] public string? Grouping { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Order { get; set; }

    public bool Descending => Order == "desc";
    public StateFacets Facets { get; private set; } = new([], [], []);
    public IReadOnlyList<State> States { get; private set; } = [];
    public List<string> Warnings { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Facets = await states.FacetsAsync(cancellationToken);
        // Unknown values from an edited address are dropped with a notice rather than failing the page.
        Region = Known(Facets.Regions, Region, text["States.Region"]);
        SubRegion = Known(Facets.SubRegions, SubRegion, text["States.SubRegion"]);
        Grouping = Known(Facets.Groupings, Grouping, text["States.Grouping"]);
        Sort = PageSortKeys.FirstOrDefault(k => string.Equals(k, Sort, StringComparison.OrdinalIgnoreCase)) ?? "name";
        var list = await states.ListAsync(new StateFilter(Region, SubRegion, Grouping, Sort), cancellationToken);
        States = Descending ? [.. Enumerable.Reverse(list)] : list;
    }

    public string SortUrl(string key) => Url.Page("/States/Index", new
    {
        region = Region,
        subRegion = SubRegion,
        grouping = Grouping,
        sort = key,
        order = key == Sort && !Descending ? "desc" : null,
    })!;

    private string? Known(IReadOnlyList<string> known, string? value, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var match = known.FirstOrDefault(k => string.Equals(k, value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            Warnings.Add(text["States.UnknownFilter", label.ToLowerInvariant(), value]);
        }
        return match;
    }
}
