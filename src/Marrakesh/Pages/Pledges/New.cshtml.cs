using Marrakesh.Accounts;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.Commitments;
using Marrakesh.Pages.Shared.Forms;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marrakesh.Pages.Pledges;

/// <summary>Make a pledge through a plain form; the pledge page then shows the SMART advice.</summary>
[Authorize]
public sealed class NewModel(CatalogueQueries catalogue, MakePledge make, InputValidator validator, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public string? ActorType { get; set; }
    [BindProperty] public string? ActorName { get; set; }
    [BindProperty] public string? PledgingState { get; set; }
    [BindProperty] public string Form { get; set; } = "policy";
    [BindProperty] public string JointType { get; set; } = "individual";
    [BindProperty] public string? Matches { get; set; }
    [BindProperty] public string? Narrative { get; set; }
    [BindProperty] public string? Amount { get; set; }
    [BindProperty] public string? Currency { get; set; }
    [BindProperty] public List<int> ObjectiveNumbers { get; set; } = [];
    [BindProperty] public string? Actions { get; set; }
    [BindProperty] public string? States { get; set; }
    [BindProperty] public string? Measure { get; set; }
    [BindProperty] public string? Baseline { get; set; }
    [BindProperty] public string? TargetDate { get; set; }
    [BindProperty] public string? Responsible { get; set; }

    public IReadOnlyList<Objective> Objectives { get; private set; } = [];

    /// <summary>The API's fields that the form holds under another name.</summary>
    private static readonly Dictionary<string, string> FormFields = new() { ["objectives"] = nameof(ObjectiveNumbers) };

    /// <summary>The form's labels, for the summary of what to correct.</summary>
    public Dictionary<string, string> Labels => new()
    {
        [nameof(ActorType)] = text["Pledge.ActorType"], [nameof(ActorName)] = text["Pledge.Actor"],
        [nameof(PledgingState)] = text["Pledges.PledgingState"], [nameof(Form)] = text["Pledge.Form"],
        [nameof(JointType)] = text["Pledge.JointType"], [nameof(Matches)] = text["Pledges.Matches"],
        [nameof(Narrative)] = text["Pledge.Narrative"], [nameof(Amount)] = text["Pledge.Amount"],
        [nameof(Currency)] = text["Commitment.BudgetCurrency"], [nameof(ObjectiveNumbers)] = text["Pledge.Objectives"],
        [nameof(Actions)] = text["Commitment.Actions"], [nameof(States)] = text["Pledge.States"],
        [nameof(Measure)] = text["Pledge.Measure"], [nameof(Baseline)] = text["Pledge.Baseline"],
        [nameof(TargetDate)] = text["Commitment.TargetDate"], [nameof(Responsible)] = text["Pledge.Responsible"],
    };
    public bool IsSecretariat => User.IsSecretariat();

    /// <summary>In whose name the pledge is made, as the form says it.</summary>
    public string Pledger => IsSecretariat ? "—" : User.StateIso3() ?? User.Organisation() ?? "—";

    /// <summary>The actor types this person may pledge as.</summary>
    public IEnumerable<string> ActorTypes =>
        IsSecretariat ? PledgeVocabulary.ActorTypes
        : User.IsInRole(Roles.StateFocalPoint) ? [PledgeVocabulary.State]
        : PledgeVocabulary.ActorTypes.Where(t => t != PledgeVocabulary.State);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Objectives = await catalogue.ObjectivesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Objectives = await catalogue.ObjectivesAsync(cancellationToken);
        var input = ToInput();
        return await this.SubmitAsync(validator, input, FormFields, async () => Redirect($"/pledges/{(await make.ExecuteAsync(User, input, cancellationToken)).Id}"), cancellationToken) ?? Page();
    }

    private MakePledge.Input ToInput() => new()
    {
        ActorType = ActorType,
        ActorName = IsSecretariat ? ActorName : null,
        PledgingState = IsSecretariat && !string.IsNullOrWhiteSpace(PledgingState) ? PledgingState : null,
        Form = Form,
        JointType = JointType,
        Matches = PledgeForm.Match(Matches, nameof(Matches), ModelState),
        Narrative = Narrative,
        Amount = PledgeForm.Amount(Amount, nameof(Amount), ModelState),
        Currency = string.IsNullOrWhiteSpace(Currency) ? null : Currency,
        Objectives = ObjectiveNumbers,
        Actions = [.. PledgeForm.Split(Actions)],
        States = [.. PledgeForm.Split(States)],
        Measure = Measure,
        Baseline = Baseline,
        TargetDate = PledgeForm.Date(TargetDate, nameof(TargetDate), ModelState),
        Responsible = Responsible,
    };
}
