using Marrakesh.Modules.Instruments;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Instruments;

/// <summary>One instrument: its party count on a chosen date beside the count a source states, and the positions table.</summary>
public sealed class DetailModel(InstrumentQueries instruments) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? AsOf { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool History { get; set; }

    public string? Error { get; private set; }
    public InstrumentOutput Instrument { get; private set; } = null!;
    public IReadOnlyList<PositionOutput> Positions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            Instrument = await Load(key, AsOf, cancellationToken);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (InvalidInputException e)
        {
            Error = e.Reasons;
            AsOf = null;
            Instrument = await Load(key, null, cancellationToken);
        }
        Positions = await instruments.PositionsAsync(Instrument.Key, AsOf, History, User, cancellationToken);
        return Page();
    }

    private Task<InstrumentOutput> Load(string key, string? asOf, CancellationToken cancellationToken) => instruments.GetAsync(key, asOf, cancellationToken);
}
