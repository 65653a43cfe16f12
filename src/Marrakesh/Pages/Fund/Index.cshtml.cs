using Marrakesh.Modules.Fund;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Fund;

public sealed class IndexModel(FundSummary summary, FundQueries queries) : PageModel
{
    public FundSummaryOutput Summary { get; private set; } = null!;
    public IReadOnlyList<ProgrammeOutput> Pipeline { get; private set; } = [];
    public IReadOnlyList<ContributionOutput> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Summary = await summary.ComputeAsync(cancellationToken);
        Pipeline = await queries.PipelineAsync(FundAudience.Of(User), cancellationToken);
        Recent = (await queries.ContributionsAsync(FundAudience.Of(User), null, null, new Paging(1, 20), cancellationToken)).Items;
    }
}
