using Marrakesh.Modules.Reviews;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marrakesh.Pages.Reviews;

/// <summary>The printable progress overview of a cycle: every figure computed from the record and linked to its source.</summary>
public sealed class OverviewModel(CycleSummary summary, IStringLocalizer<SharedResource> text) : PageModel
{
    public CycleSummaryOutput Summary { get; private set; } = null!;
    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            Summary = await summary.ExecuteAsync(id, cancellationToken);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        Name = text["CycleKind." + Summary.Cycle.Kind, Summary.Cycle.Year, Summary.Cycle.Commission ?? ""];
        return Page();
    }
}
