using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.Instruments;
using Marrakesh.Modules.States;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages;

public sealed class IndexModel(CatalogueQueries catalogue, StateQueries states, InstrumentsContract instruments) : PageModel
{
    public IReadOnlyList<Objective> Objectives { get; private set; } = [];
    public int ActionsTotal { get; private set; }
    public int PrinciplesCount { get; private set; }
    public int StatesCount { get; private set; }
    public int VotesInFavour { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Objectives = await catalogue.ObjectivesAsync(cancellationToken);
        ActionsTotal = Objectives.Sum(o => o.ActionsCount);
        PrinciplesCount = (await catalogue.PrinciplesAsync(cancellationToken)).Count;
        var all = await states.ListAsync(new StateFilter(), cancellationToken);
        StatesCount = all.Count;
        VotesInFavour = (await instruments.VotesAsync(InstrumentsContract.CompactResolution, cancellationToken)).Values.Count(v => v == "yes");
    }
}
