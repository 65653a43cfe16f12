using Marrakesh.Modules.Datasets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Data;

/// <summary>The world's migration figures: totals, the largest corridors and a map shaded by a chosen indicator.</summary>
public sealed class IndexModel(DataOverview overview) : PageModel
{
    public DataOverviewOutput Data { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public string? Indicator { get; set; }

    public string Chosen => DataOverview.MapIndicators.Contains(Indicator ?? "") ? Indicator! : "stock";

    public string Name(string code) => Data.Names.GetValueOrDefault(code, code);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Data = await overview.ExecuteAsync(Indicator, cancellationToken);
}
