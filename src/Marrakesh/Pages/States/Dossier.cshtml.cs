using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.Commitments;
using Marrakesh.Modules.Reviews;
using Marrakesh.Modules.States;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.States;

/// <summary>The State dossier page; <see cref="DossierExport"/> serves the same as Markdown.</summary>
public sealed class DossierModel(
    StateQueries states, CatalogueQueries catalogue, CommitmentQueries commitments, PledgeQueries pledges, ReviewQueries reviews) : PageModel
{
    public Dossier Dossier { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string iso3, CancellationToken cancellationToken)
    {
        var dossier = await Dossier.BuildAsync(iso3, User, states, catalogue, commitments, pledges, reviews, cancellationToken);
        if (dossier is null)
        {
            return NotFound();
        }
        Dossier = dossier;
        return Page();
    }
}
