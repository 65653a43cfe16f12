using Marrakesh.Modules.Fund;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Fund;

public sealed class ProgrammeModel(FundQueries queries) : PageModel
{
    public ProgrammeDetail Detail { get; private set; } = null!;
    public IReadOnlyList<TransactionOutput> Ledger { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Detail = await queries.ProgrammeAsync(FundAudience.Of(User), id, cancellationToken);
        Ledger = (await queries.ProgrammeLedgerAsync(FundAudience.Of(User), id, cancellationToken)).Items;
    }
}
