using System.Globalization;
using Marrakesh.Modules.Commitments;
using Marrakesh.Pages.Shared.Forms;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Pledges;

/// <summary>The pledger amends its pledge with a reason; the pledge keeps one identity and gains a version.</summary>
[Authorize]
public sealed class AmendModel(PledgeQueries pledges, PledgeAccess access, AmendPledge amend, InputValidator validator) : PageModel
{
    public Guid Id { get; private set; }
    public string ActorName { get; private set; } = "";
    public bool IsFinancial { get; private set; }

    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Narrative { get; set; }
    [BindProperty] public string? Amount { get; set; }
    [BindProperty] public string? Currency { get; set; }
    [BindProperty] public string? Measure { get; set; }
    [BindProperty] public string? Baseline { get; set; }
    [BindProperty] public string? TargetDate { get; set; }
    [BindProperty] public string? Responsible { get; set; }
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var pledge = await pledges.GetAsync(id, User, cancellationToken);
        (Narrative, Amount, Currency, Measure, Baseline, Responsible, Version) =
            (pledge.Narrative, pledge.Amount?.ToString(CultureInfo.InvariantCulture), pledge.Currency, pledge.Measure, pledge.Baseline, pledge.Responsible, pledge.Version);
        TargetDate = pledge.TargetDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var input = new AmendPledge.Input
        {
            Narrative = Narrative,
            Amount = PledgeForm.Amount(Amount, nameof(Amount), ModelState),
            Currency = IsFinancial ? Currency : null,
            Measure = Measure ?? "",
            Baseline = Baseline ?? "",
            TargetDate = PledgeForm.Date(TargetDate, nameof(TargetDate), ModelState),
            Responsible = Responsible ?? "",
            Reason = Reason,
        };
        if (!ModelState.IsValid)
        {
            await ModelState.AddRuleErrorsAsync(validator, input, fields: null, cancellationToken);
            return Page();
        }
        try
        {
            await amend.ExecuteAsync(User, id, Version, input, cancellationToken);
            return Redirect($"/pledges/{id}");
        }
        catch (InvalidInputException e)
        {
            ModelState.AddInputErrors(e);
        }
        catch (Exception e) when (e is PreconditionFailedException or DomainRuleException)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await pledges.FindAsync(id, User, cancellationToken) is not { } pledge)
        {
            return NotFound();
        }
        if (!await access.MayChangeAsync(User, id, cancellationToken))
        {
            return Forbid();
        }
        (Id, ActorName, IsFinancial) = (id, pledge.ActorName, pledge.Form == PledgeVocabulary.Financial);
        return null;
    }
}
