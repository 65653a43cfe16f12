using Marrakesh.Modules.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Objectives;

public sealed class DetailModel(CatalogueQueries catalogue) : PageModel
{
    public Objective Objective { get; private set; } = null!;

    /// <summary>Objectives 1–23 are set out in paragraphs 17–39 of the Compact.</summary>
    public int Paragraph => Objective.Number + 16;

    public async Task<IActionResult> OnGetAsync(int number, CancellationToken cancellationToken)
    {
        var objective = await catalogue.FindObjectiveAsync(number, cancellationToken);
        if (objective is null)
        {
            return NotFound();
        }
        Objective = objective;
        return Page();
    }
}
