using Marrakesh.Modules.Commitments;
using Marrakesh.Pages.Shared.Forms;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Versions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Pledges;

/// <summary>One pledge: public facts, progress and history; its owner also sees SMART advice and adds progress.</summary>
public sealed class DetailModel(PledgeQueries pledges, PledgeAccess access, ReportPledgeProgress report, InputValidator validator) : PageModel
{
    public PledgeOutput Pledge { get; private set; } = null!;
    public IReadOnlyList<VersionOutput> Versions { get; private set; } = [];
    public bool MayChange { get; private set; }

    [BindProperty] public string? ProgressDate { get; set; }
    [BindProperty] public string? ProgressNote { get; set; }
    [BindProperty] public string? ProgressStatus { get; set; }
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostProgressAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!MayChange)
        {
            return Forbid();
        }
        var input = new ReportPledgeProgress.Input
        {
            Date = PledgeForm.Date(ProgressDate, nameof(ProgressDate), ModelState), Note = ProgressNote,
            Status = ProgressStatus == Pledge.Status ? null : ProgressStatus,
        };
        if (!ModelState.IsValid)
        {
            await ModelState.AddRuleErrorsAsync(validator, input, ProgressFields, cancellationToken);
            return Page();
        }
        try
        {
            await report.ExecuteAsync(User, id, Version, input, cancellationToken);
        }
        catch (InvalidInputException e)
        {
            ModelState.AddInputErrors(e, ProgressFields);
            return Page();
        }
        catch (Exception e) when (e is DomainRuleException or PreconditionFailedException)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
        return RedirectToPage(new { id });
    }

    private static readonly Dictionary<string, string> ProgressFields = new()
    {
        ["date"] = nameof(ProgressDate), ["note"] = nameof(ProgressNote), ["status"] = nameof(ProgressStatus),
    };

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await pledges.FindAsync(id, User, cancellationToken) is not { } pledge)
        {
            return false;
        }
        Pledge = pledge;
        MayChange = await access.MayChangeAsync(User, id, cancellationToken);
        Versions = await pledges.VersionsAsync(id, User, cancellationToken);
        return true;
    }
}
