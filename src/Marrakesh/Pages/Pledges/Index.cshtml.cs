using Marrakesh.Accounts;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.Commitments;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Pledges;

public sealed class IndexModel(PledgeQueries pledges, CatalogueQueries catalogue) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Objective { get; set; }
    [BindProperty(SupportsGet = true)] public string? ActorType { get; set; }
    [BindProperty(SupportsGet = true)] public string? State { get; set; }

    public IReadOnlyList<Objective> Objectives { get; private set; } = [];
    public IReadOnlyList<PledgeOutput> Pledges { get; private set; } = [];
    public string? Error { get; private set; }
    public bool MayPledge => User.IsSecretariat() || User.IsInRole(Roles.StateFocalPoint) || User.IsInRole(Roles.Stakeholder);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Objectives = await catalogue.ObjectivesAsync(cancellationToken);
        try
        {
            Pledges = await pledges.ListAsync(new PledgeFilter(Objective, ActorType, State), cancellationToken);
        }
        catch (InvalidInputException e)
        {
            // An edited address with a bad filter: say so and show everything.
            Error = e.Reason;
            Pledges = await pledges.ListAsync(new PledgeFilter(), cancellationToken);
        }
    }
}
