using Marrakesh.Accounts;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.Commitments;
using Marrakesh.Modules.States;
using Marrakesh.Pages.Commitments;
using Marrakesh.Pages.Shared.Forms;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.States;

/// <summary>A State's national implementation plan; its focal points and the secretariat compose it here.</summary>
public sealed class PlanModel(
    StateQueries states, CatalogueQueries catalogue, CommitmentQueries commitments,
    AddCommitment add, PublishCommitment publish, InputValidator validator) : PageModel
{
    public string Iso3 { get; private set; } = "";
    public string StateName { get; private set; } = "";
    public bool MayEdit { get; private set; }
    public IReadOnlyList<CommitmentOutput> Commitments { get; private set; } = [];
    public CommitmentFieldsModel Fields { get; private set; } = null!;
    public string? Message { get; private set; }
    private IReadOnlyList<Objective> objectives = [];

    [BindProperty] public CommitmentForm Form { get; set; } = new();

    public string ObjectiveName(int number) =>
        objectives.FirstOrDefault(o => o.Number == number)?.ShortName.In(System.Globalization.CultureInfo.CurrentUICulture) ?? "";

    public async Task<IActionResult> OnGetAsync(string iso3, CancellationToken cancellationToken) =>
        await LoadAsync(iso3, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(string iso3, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(iso3, cancellationToken))
        {
            return NotFound();
        }
        if (!MayEdit)
        {
            return Forbid();
        }
        var input = Form.ToInput<AddCommitment.Input>(ModelState);
        if (!ModelState.IsValid)
        {
            await ModelState.AddRuleErrorsAsync(validator, input, CommitmentForm.FieldFor, cancellationToken);
            return Page();
        }
        try
        {
            await add.ExecuteAsync(User, Iso3, input, cancellationToken);
        }
        catch (InvalidInputException e)
        {
            ModelState.AddInputErrors(e, CommitmentForm.FieldFor);
            return Page();
        }
        return RedirectToPage(new { iso3 = Iso3 });
    }

    public async Task<IActionResult> OnPostPublishAsync(string iso3, Guid id, int version, CancellationToken cancellationToken)
    {
        try
        {
            await publish.ExecuteAsync(User, id, version, cancellationToken);
        }
        catch (Exception e) when (e is PreconditionFailedException or ConflictException)
        {
            await LoadAsync(iso3, cancellationToken);
            Message = e.Message;
            return Page();
        }
        return RedirectToPage(new { iso3 });
    }

    private async Task<bool> LoadAsync(string iso3, CancellationToken cancellationToken)
    {
        var state = await states.FindAsync(iso3, cancellationToken);
        if (state is null)
        {
            return false;
        }
        Iso3 = state.Iso3;
        StateName = state.Name.In(System.Globalization.CultureInfo.CurrentUICulture);
        MayEdit = User.MayActForState(state.Iso3);
        objectives = await catalogue.ObjectivesAsync(cancellationToken);
        var list = await commitments.ListAsync(new CommitmentFilter(State: state.Iso3), User, cancellationToken);
        Commitments = [.. list.Select(CommitmentOutput.From)];
        Fields = new CommitmentFieldsModel(Form, objectives, await catalogue.PrinciplesAsync(cancellationToken));
        return true;
    }
}
