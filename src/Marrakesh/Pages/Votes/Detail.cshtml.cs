using Marrakesh.Modules.Instruments;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Votes;

/// <summary>A recorded vote State by State with totals counted from the rows, beside the Marrakesh adoption record.</summary>
public sealed class DetailModel(VoteQueries votes) : PageModel
{
    public VoteOutput Vote { get; private set; } = null!;
    public AdoptionOutput Adoption { get; private set; } = null!;
    public IReadOnlyDictionary<string, AdoptionItemOutput> AdoptionByState { get; private set; } = new Dictionary<string, AdoptionItemOutput>();

    public async Task<IActionResult> OnGetAsync(string resolution, CancellationToken cancellationToken)
    {
        try
        {
            Vote = await votes.VoteAsync(resolution, cancellationToken);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        Adoption = await votes.MarrakeshAsync(cancellationToken);
        AdoptionByState = Adoption.Items.ToDictionary(a => a.Iso3);
        return Page();
    }
}
