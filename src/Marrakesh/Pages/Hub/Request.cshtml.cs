using System.Globalization;
using Marrakesh.Accounts;
using Marrakesh.Modules.Hub;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Hub;

/// <summary>
/// One request: its steps with dates, actors and durations; for the State and the secretariat also the ranked matches
/// with their reasons and the programme proposal; for the secretariat the form that moves the request on.
/// </summary>
public sealed class RequestModel(RequestQueries requests, MatchOffers match, TransitionRequest transition) : PageModel
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
    [BindProperty] public int? ThematicArea { get; set; }
    [BindProperty] public string? Organisations { get; set; }
    [BindProperty] public string? BudgetUsd { get; set; }
    [BindProperty] public List<Guid> Partners { get; set; } = [];
    [BindProperty] public string? Feedback { get; set; }
    [BindProperty] public int Version { get; set; }

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
        return await TryAsync(() => transition.ExecuteAsync(User, id, null, new TransitionInput(To, Note, Outcome, Reason), cancellationToken), id, cancellationToken);
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
        decimal? budget = null;
        if (!string.IsNullOrWhiteSpace(BudgetUsd))
        {
            if (decimal.TryParse(BudgetUsd, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
            {
                budget = parsed;
            }
            else
            {
                ModelState.AddModelError(nameof(BudgetUsd), "budgetUsd: write the budget as a number, e.g. 2000000.");
                return await ShowAsync(id, cancellationToken);
            }
        }
        return await TryAsync(() => propose.ExecuteAsync(User, id, new ProposeProgrammeInput(ThematicArea, HubForm.Split(Organisations), budget), cancellationToken),
            id, cancellationToken);
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
        return await TryAsync(() => engage.ExecuteAsync(User, id, new PartnersInput(Partners), cancellationToken), id, cancellationToken);
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
        return await TryAsync(() => change.ExecuteAsync(User, id, Version, new RequestInput(Feedback: Feedback ?? ""), cancellationToken), id, cancellationToken);
    }

    private async Task<IActionResult> TryAsync<T>(Func<Task<T>> action, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await action();
            return RedirectToPage(new { id });
        }
        catch (Exception e) when (e is InvalidInputException or DomainRuleException or ConflictException or ForbiddenException or PreconditionFailedException)
        {
            ModelState.AddModelError(string.Empty, e is InvalidInputException invalid ? invalid.Message : e.Message);
            return await ShowAsync(id, cancellationToken);
        }
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
