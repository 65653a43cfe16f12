using Marrakesh.Accounts;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.Commitments;
using Marrakesh.Pages.Shared.Forms;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Commitments;

/// <summary>Changes one commitment. The form carries the version it was read at, so a stale save is refused.</summary>
public sealed class EditModel(CommitmentQueries commitments, CatalogueQueries catalogue, ChangeCommitment change, InputValidator validator) : PageModel
{
    public string Iso3 { get; private set; } = "";
    public CommitmentFieldsModel Fields { get; private set; } = null!;

    [BindProperty] public CommitmentForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var commitment = await commitments.FindAsync(id, User, cancellationToken);
        if (commitment is null)
        {
            return NotFound();
        }
        if (!User.MayActForState(commitment.StateIso3))
        {
            return Forbid();
        }
        Form = CommitmentForm.From(CommitmentOutput.From(commitment));
        await LoadAsync(commitment.StateIso3, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var commitment = await commitments.FindAsync(id, User, cancellationToken);
        if (commitment is null)
        {
            return NotFound();
        }
        await LoadAsync(commitment.StateIso3, cancellationToken);
        var input = Form.ToInput<ChangeCommitment.Input>(ModelState);
        if (!ModelState.IsValid)
        {
            await ModelState.AddRuleErrorsAsync(validator, input, CommitmentForm.FieldFor, cancellationToken);
            return Page();
        }
        try
        {
            await change.ExecuteAsync(User, id, Form.Version, input, cancellationToken);
        }
        catch (InvalidInputException e)
        {
            ModelState.AddInputErrors(e, CommitmentForm.FieldFor);
            return Page();
        }
        catch (PreconditionFailedException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }
        return Redirect($"/states/{commitment.StateIso3}/plan");
    }

    private async Task LoadAsync(string iso3, CancellationToken cancellationToken)
    {
        Iso3 = iso3;
        Fields = new CommitmentFieldsModel(Form, await catalogue.ObjectivesAsync(cancellationToken), await catalogue.PrinciplesAsync(cancellationToken));
    }
}
