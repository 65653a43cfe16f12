using Marrakesh.Accounts;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.Knowledge;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Practices;

/// <summary>Browse published practices by objective, principle, region, country and organisation type.</summary>
public sealed class IndexModel(PracticeQueries practices, CatalogueQueries catalogue, StatesContract states) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Objective { get; set; }
    [BindProperty(SupportsGet = true)] public string? Principle { get; set; }
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(SupportsGet = true)] public string? OrganisationType { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }
    public bool HasNext => PageNumber * Paging.DefaultSize < Total;
    public IReadOnlyList<Objective> Objectives { get; private set; } = [];
    public IReadOnlyList<GuidingPrinciple> Principles { get; private set; } = [];
    public IReadOnlyList<string> Regions { get; private set; } = [];
    public IReadOnlyList<PracticeSummaryOutput> Practices { get; private set; } = [];
    public string? Error { get; private set; }
    public bool MaySubmit => User.IsSecretariat() || User.IsInRole(Roles.StateFocalPoint) || User.IsInRole(Roles.Stakeholder);

    public string Query => $"objective={Objective}&principle={Principle}&region={Region}&country={Country}&organisationType={OrganisationType}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Objectives = await catalogue.ObjectivesAsync(cancellationToken);
        Principles = await catalogue.PrinciplesAsync(cancellationToken);
        Regions = [.. (await states.RegionsAsync(cancellationToken)).Values.Distinct().Order(StringComparer.Ordinal)];
        try
        {
            var page = await practices.PageAsync(User, new PracticeFilter(Objective, Principle, Region, Country, OrganisationType),
                new Paging(Math.Max(1, PageNumber), Paging.DefaultSize), cancellationToken);
            (Practices, Total) = (page.Items, page.Total);
        }
        catch (InvalidInputException e)
        {
            // An edited address with a bad filter: say so and show everything.
            Error = e.Reasons;
            var page = await practices.PageAsync(User, new PracticeFilter(), new Paging(1, Paging.DefaultSize), cancellationToken);
            (Practices, Total) = (page.Items, page.Total);
        }
    }
}
