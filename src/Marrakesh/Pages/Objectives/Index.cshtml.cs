using Marrakesh.Modules.Catalogue;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Objectives;

public sealed class IndexModel(CatalogueQueries catalogue) : PageModel
{
    public IReadOnlyList<Objective> Objectives { get; private set; } = [];
    public IReadOnlyList<GuidingPrinciple> Principles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Objectives = await catalogue.ObjectivesAsync(cancellationToken);
        Principles = await catalogue.PrinciplesAsync(cancellationToken);
    }
}
