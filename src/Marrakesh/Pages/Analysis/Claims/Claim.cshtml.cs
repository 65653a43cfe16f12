using System.Text.Json;
using Marrakesh.Modules.Analysis;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Analysis.Claims;

/// <summary>One claim: its verdict, the States that decide it (linked), the facts' dates and sources, and its other readings.</summary>
public sealed class ClaimModel(ClaimQueries queries) : PageModel
{
    public ClaimOutput Claim { get; private set; } = null!;
    public List<ClaimOutput> Readings { get; private set; } = [];
    public string ChecksJson => JsonSerializer.Serialize(Claim.Checks, new JsonSerializerOptions(ClaimJson.Options) { WriteIndented = true });

    public async Task OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Claim = await queries.GetAsync(id, cancellationToken);
        Readings = await queries.ReadingsAsync(Claim, cancellationToken);
    }
}
