using Marrakesh.Modules.Reviews;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marrakesh.Pages.Reviews;

/// <summary>The printable progress overview of a cycle: every figure computed from the record and linked to its source.</summary>
public sealed class OverviewModel(CycleSummary summary, StateQueries states, IStringLocalizer<SharedResource> text) : PageModel
{
    private Dictionary<string, (string Name, string Status)> byM49 = [];

    public CycleSummaryOutput Summary { get; private set; } = null!;
    public string Name { get; private set; } = "";

    /// <summary>For the map: a State's name and how it stands in this cycle (published, submitted, not-reported, not-expected); null for territories.</summary>
    public (string Name, string Status)? MapEntry(string m49) => byM49.TryGetValue(m49, out var entry) ? entry : null;

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
        var reported = Summary.Reported.ToDictionary(r => r.State, r => r.Status);
        var expected = Summary.NotYetReported.ToHashSet();
        byM49 = (await states.ListAsync(new StateFilter(), cancellationToken)).ToDictionary(s => s.M49, s => (
            s.Name.In(System.Globalization.CultureInfo.CurrentUICulture),
            reported.TryGetValue(s.Iso3, out var status) ? status : expected.Contains(s.Iso3) ? "not-reported" : "not-expected"));
        return Page();
    }
}
