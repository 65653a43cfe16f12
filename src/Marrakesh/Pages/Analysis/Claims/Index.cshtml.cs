using Marrakesh.Modules.Analysis;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Analysis.Claims;

/// <summary>Every claim with its verdict; readings of one statement side by side.</summary>
public sealed class IndexModel(ClaimQueries queries) : PageModel
{
    public List<ClaimOutput> Claims { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Claims = await queries.ListAsync(cancellationToken);
}
