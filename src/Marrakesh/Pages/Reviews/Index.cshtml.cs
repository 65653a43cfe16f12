using Marrakesh.Modules.Reviews;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marrakesh.Pages.Reviews;

/// <summary>The review calendar: every cycle the Compact's rhythm sets, who reports to it, and what has been published.</summary>
public sealed class IndexModel(ReviewQueries reviews, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    private IReadOnlyDictionary<string, int> published = new Dictionary<string, int>();

    public IReadOnlyList<ReviewCycleOutput> Cycles { get; private set; } = [];
    public int ThisYear => clock.GetUtcNow().Year;

    public string CycleName(ReviewCycleOutput cycle) => text["CycleKind." + cycle.Kind, cycle.Year, cycle.Commission ?? ""];

    public int PublishedCount(string cycleId) => published.GetValueOrDefault(cycleId);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Cycles = [.. (await reviews.CyclesAsync(null, null, cancellationToken)).Select(ReviewCycleOutput.From).OrderByDescending(c => c.Year).ThenBy(c => c.Kind)];
        published = await reviews.PublishedCountsAsync(cancellationToken);
    }
}
