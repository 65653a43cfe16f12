using System.Globalization;
using Marrakesh.Accounts;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.Commitments;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Pledges;

/// <summary>Make a pledge through a plain form; the pledge page then shows the SMART advice.</summary>
[Authorize]
public sealed class NewModel(CatalogueQueries catalogue, MakePledge make) : PageModel
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
        if (input is null)
        {
            return Page();
        }
        try
        {
            var pledge = await make.ExecuteAsync(User, input, cancellationToken);
            return Redirect($"/pledges/{pledge.Id}");
        }
        catch (InvalidInputException e)
        {
            ModelState.AddModelError(string.Empty, $"{e.Field}: {e.Reason}");
        }
        catch (ForbiddenException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        return Page();
    }

    private PledgeInput? ToInput()
    {
        decimal? amount = null;
        if (!string.IsNullOrWhiteSpace(Amount))
        {
            if (decimal.TryParse(Amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
            {
                amount = parsed;
            }
            else
            {
                ModelState.AddModelError(nameof(Amount), "Write the amount as a number, e.g. 250000.50.");
            }
        }
        Guid? matches = null;
        if (!string.IsNullOrWhiteSpace(Matches))
        {
            if (Guid.TryParse(Matches.Trim().Split('/').Last(), out var id))
            {
                matches = id;
            }
            else
            {
                ModelState.AddModelError(nameof(Matches), "Paste the matched pledge's address or id.");
            }
        }
        DateOnly? target = null;
        if (!string.IsNullOrWhiteSpace(TargetDate))
        {
            if (DateOnly.TryParseExact(TargetDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                target = date;
            }
            else
            {
                ModelState.AddModelError(nameof(TargetDate), "Use the form yyyy-mm-dd.");
            }
        }
        if (!ModelState.IsValid)
        {
            return null;
        }
        return new PledgeInput(
            ActorType ?? "", IsSecretariat ? ActorName : null, IsSecretariat ? PledgingState : null, Form, JointType, matches, Narrative ?? "",
            amount, string.IsNullOrWhiteSpace(Currency) ? null : Currency, ObjectiveNumbers,
            [.. Split(Actions)], null, [.. Split(States)], Measure, Baseline, target, Responsible);
    }

    private static IEnumerable<string> Split(string? value) =>
        (value ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries);
}
