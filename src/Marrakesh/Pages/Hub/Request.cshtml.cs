using Marrakesh.Accounts;
using Marrakesh.Modules.Hub;
using Marrakesh.Pages.Shared.Forms;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marrakesh.Pages.Hub;

/// <summary>
/// One request: its steps with dates, actors and durations; for the State and the secretariat also the ranked matches
/// with their reasons and the programme proposal; for the secretariat the form that moves the request on.
/// </summary>
public sealed class RequestModel(
    RequestQueries requests, MatchOffers match, TransitionRequest transition, InputValidator validator, IStringLocalizer<SharedResource> text) : PageModel
{
    public RequestOutput Hub { get; private set; } = null!;
    public MatchesOutput? Matches { get; private set; }
    public bool MayAct { get; private set; }
    public bool IsSecretariat => User.IsSecretariat();

    /// <summary>Where the secretariat may move the request: the next step, or declined.</summary>
    public IReadOnlyList<string> NextSteps =>
        HubVocabulary.IsOpen(Hub.Status) ? [HubVocabulary.Steps[HubVocabulary.StepIndex(Hub.Status) + 1], HubVocabulary.Declined] : [];

    [BindProperty] public string? To { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? ThematicArea { get; set; }
    [BindProperty] public string? Organisations { get; set; }
    [BindProperty] public string? BudgetUsd { get; set; }
    [BindProperty] public List<Guid> Partners { get; set; } = [];
    [BindProperty] public string? Feedback { get; set; }
    [BindProperty] public int Version { get; set; }

    /// <summary>Whether the partners shown are those just sent (and refused) rather than those engaged.</summary>
    public bool PartnersSent { get; private set; }

    /// <summary>The API's fields that the forms hold under another name.</summary>
    private static readonly Dictionary<string, string> FormFields = new() { ["offers"] = nameof(Partners) };

    /// <summary>The forms' labels, for the summary of what to correct.</summary>
    public Dictionary<string, string> Labels => new()
    {
        [nameof(To)] = text["Hub.To"], [nameof(Note)] = text["Hub.Note"], [nameof(Outcome)] = text["Hub.Outcome"],
        [nameof(Reason)] = text["Hub.DeclineReason"], [nameof(ThematicArea)] = text["Hub.ThematicArea"],
        [nameof(Organisations)] = text["Hub.Organisations"], [nameof(BudgetUsd)] = text["Hub.BudgetUsd"],
        [nameof(Partners)] = text["Hub.Matches"], [nameof(Feedback)] = text["Hub.Feedback"],
    };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) ? await ShowAsync(id, cancellationToken) : NotFound();

    public async Task<IActionResult> OnPostTransitionAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!IsSecretariat)
        {
            return Forbid();
        }
        var input = new TransitionRequest.Input { To = To, Note = Note, Outcome = Outcome, Reason = Reason };
        return await TryAsync(() => transition.ExecuteAsync(User, id, null, input, cancellationToken), id, cancellationToken);
    }

    public async Task<IActionResult> OnPostProposeAsync(Guid id, [FromServices] ProposeProgramme propose, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!MayAct)
        {
            return Forbid();
        }
        var input = new ProposeProgramme.Input
        {
            ThematicArea = HubForm.WholeNumber(ThematicArea, nameof(ThematicArea), ModelState),
            Organisations = HubForm.Split(Organisations),
            BudgetUsd = HubForm.Amount(BudgetUsd, nameof(BudgetUsd), ModelState),
        };
        if (!ModelState.IsValid)
        {
            // The form found a mistake of its own (a number that is not one): show the rules' findings with it.
            await ModelState.AddRuleErrorsAsync(validator, input, FormFields, cancellationToken);
            return await ShowAsync(id, cancellationToken);
        }
        return await TryAsync(() => propose.ExecuteAsync(User, id, input, cancellationToken), id, cancellationToken);
    }

    public async Task<IActionResult> OnPostPartnersAsync(Guid id, [FromServices] EngagePartners engage, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!IsSecretariat)
        {
            return Forbid();
        }
        PartnersSent = true;
        return await TryAsync(() => engage.ExecuteAsync(User, id, new EngagePartners.Input { Offers = Partners }, cancellationToken), id, cancellationToken);
    }

    public async Task<IActionResult> OnPostFeedbackAsync(Guid id, [FromServices] ChangeRequest change, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!MayAct)
        {
            return Forbid();
        }
        return await TryAsync(() => change.ExecuteAsync(User, id, Version, new ChangeRequest.Input { Feedback = Feedback ?? "" }, cancellationToken),
            id, cancellationToken);
    }

    private async Task<IActionResult> TryAsync<T>(Func<Task<T>> action, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await action();
            return RedirectToPage(new { id });
        }
        catch (InvalidInputException e)
        {
            ModelState.AddInputErrors(e, FormFields);
        }
        catch (Exception e) when (e is DomainRuleException or ConflictException or ForbiddenException or PreconditionFailedException)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        return await ShowAsync(id, cancellationToken);
    }

    /// <summary>The request, if the caller may see it; enough for a form post to decide.</summary>
    private async Task<bool> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await requests.FindAsync(User, id, cancellationToken) is not { } request)
        {
            return false;
        }
        Hub = request;
        MayAct = User.MayActForState(request.State);
        return true;
    }

    /// <summary>The page, with the ranked matches for those who may act: only when it is shown, not on every post.</summary>
    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        Matches = MayAct ? await match.ExecuteAsync(User, id, null, cancellationToken) : null;
        return Page();
    }
}
