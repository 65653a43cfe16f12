using Marrakesh.Modules.Analysis;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Analysis;

/// <summary>The fault line: immigrant against emigrant share, by vote on A/RES/73/195, with memberships and the 1990 Convention; thresholds set in the form.</summary>
public sealed class FaultLineModel(FaultLine faultLine) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Revision { get; set; }
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? ImmigrantThreshold { get; set; }
    [BindProperty(SupportsGet = true)] public string? EmigrantThreshold { get; set; }

    public FaultLineOutput Line { get; private set; } = null!;

    public string CsvLink => "/api/analysis/fault-line.csv" + Request.QueryString;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Line = await faultLine.ExecuteAsync(new(Revision, Year, ImmigrantThreshold, EmigrantThreshold), cancellationToken);
}
