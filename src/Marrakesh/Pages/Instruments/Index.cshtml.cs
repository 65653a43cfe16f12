using Marrakesh.Modules.Instruments;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Instruments;

/// <summary>The instruments with their party counts on a chosen date, computed from the positions.</summary>
public sealed class IndexModel(InstrumentQueries instruments) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? AsOf { get; set; }

    public string? Error { get; private set; }
    public IReadOnlyList<InstrumentOutput> Instruments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Instruments = await instruments.ListAsync(AsOf, cancellationToken);
        }
        catch (InvalidInputException e)
        {
            Error = e.Reasons;
            Instruments = await instruments.ListAsync(null, cancellationToken);
        }
    }
}
