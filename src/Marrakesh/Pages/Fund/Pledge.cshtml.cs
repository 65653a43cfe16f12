using Marrakesh.Modules.Fund;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Fund;

public sealed class PledgeModel(PledgeChain chain) : PageModel
{
    public PledgeChainOutput Chain { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => Chain = await chain.FollowAsync(id, cancellationToken);
}
