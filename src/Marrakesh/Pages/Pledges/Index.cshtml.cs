using Marrakesh.Accounts;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.Commitments;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Pledges;

public sealed class IndexModel(PledgeQueries pledges, CatalogueQueries catalogue) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Objective { get; set; }
    [BindProperty(SupportsGet = true)] public string? ActorType { get; set; }
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }
    public bool HasNext => PageNumber * Paging.DefaultSize < Total;

    public IReadOnlyList<Objective> Objectives { get; private set; } = [];
    public IReadOnlyList<PledgeOutput> Pledges { get; private set; } = [];
    public string? Error { get; private set; }
    public bool MayPledge => User.IsSecretariat() || User.IsInRole(Roles.StateFocalPoint) || User.IsInRole(Roles.Stakeholder);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Objectives = await catalogue.ObjectivesAsync(cancellationToken);
        try
        {
            var page = await pledges.PageAsync(new PledgeFilter(Objective, ActorType, State), new Paging(Math.Max(1, PageNumber), Paging.DefaultSize), cancellationToken);
            (Pledges, Total) = (page.Items, page.Total);
        }
        catch (InvalidInputException e)
        {
            // An edited address with a bad filter: say so and show everything.
            Error = e.Reasons;
            var page = await pledges.PageAsync(new PledgeFilter(), new Paging(1, Paging.DefaultSize), cancellationToken);
            (Pledges, Total) = (page.Items, page.Total);
        }
    }
}
