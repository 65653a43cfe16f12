using Marrakesh.Modules.Network;
using Marrakesh.Modules.States;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.ConsultativeProcesses;

/// <summary>Inter-State consultation on migration: the regional consultative processes and the Global Forum.</summary>
public sealed class IndexModel(NetworkQueries queries, StatesContract states) : PageModel
{
    public IReadOnlyList<ConsultativeProcessOutput> Processes { get; private set; } = [];
    public IReadOnlyDictionary<string, string> StateNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Processes = await queries.ProcessesAsync(null, null, cancellationToken);
        StateNames = await states.NamesAsync(cancellationToken);
    }

    public string NameOf(string iso3) => StateNames.GetValueOrDefault(iso3) ?? iso3;
}
