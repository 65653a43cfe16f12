using Marrakesh.Accounts;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.Reviews;
using Marrakesh.Modules.States;
using Marrakesh.Pages.Shared.Forms;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Reviews;

/// <summary>One cycle: its round tables and national reviews; a focal point starts its State's review here.</summary>
public sealed class CycleModel(
    ReviewQueries reviews, CatalogueQueries catalogue, StatesContract states, DraftReview draft, SetRoundTables setRoundTables,
    InputValidator validator) : PageModel
{
    [BindProperty] public string? RoundTables { get; set; }
    [BindProperty] public string? ForState { get; set; }
    [BindProperty] public int Version { get; set; }

    public bool IsSecretariat => User.IsSecretariat();

    /// <summary>The round tables as the form shows them: one line each.</summary>
    public string RoundTablesText => RoundTables ?? string.Join('\n', Cycle.RoundTables.Select(t => string.Join(", ", t.Objectives)));

    /// <summary>The API's fields by the form control that holds them.</summary>
    private static readonly Dictionary<string, string> DraftFields = new() { ["state"] = nameof(ForState) };

    private static readonly Dictionary<string, string> RoundTableFields = new() { ["roundTables"] = nameof(RoundTables) };

    private IReadOnlyList<Objective> objectives = [];
    private IReadOnlyDictionary<string, string> stateNames = new Dictionary<string, string>();

    public ReviewCycleOutput Cycle { get; private set; } = null!;
    public IReadOnlyList<ReviewOutput> Reviews { get; private set; } = [];
    public Guid? OwnReviewId { get; private set; }
    public bool MayStart { get; private set; }
    public string? OwnStateName { get; private set; }

    public string ObjectiveName(int number) => objectives.FirstOrDefault(o => o.Number == number)?.ShortName.In(System.Globalization.CultureInfo.CurrentUICulture) ?? "";

    public string StateName(string iso3) => stateNames.GetValueOrDefault(iso3, iso3);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        // A focal point starts its own State's review; the secretariat may start one for any State.
        var state = IsSecretariat && !string.IsNullOrWhiteSpace(ForState) ? ForState : User.StateIso3();
        if (!MayStart && !IsSecretariat)
        {
            return Forbid();
        }
        try
        {
            var review = await draft.ExecuteAsync(User, id, new DraftReview.Input { State = state }, cancellationToken);
            return Redirect($"/national-reviews/{review.Id}");
        }
        catch (InvalidInputException e)
        {
            ModelState.AddInputErrors(e, DraftFields);
        }
        catch (Exception e) when (e is DomainRuleException or ConflictException)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRoundTablesAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!IsSecretariat)
        {
            return Forbid();
        }
        var input = new SetRoundTables.Input { RoundTables = ReadRoundTables() };
        if (!ModelState.IsValid)
        {
            // A line that is not a list of numbers: show the rules' findings on the other lines with it.
            await ModelState.AddRuleErrorsAsync(validator, input, RoundTableFields, cancellationToken);
            return Page();
        }
        try
        {
            await setRoundTables.ExecuteAsync(id, Version, input, cancellationToken);
            return RedirectToPage(new { id });
        }
        catch (InvalidInputException e)
        {
            ModelState.AddInputErrors(e, RoundTableFields);
        }
        catch (Exception e) when (e is PreconditionFailedException or DomainRuleException)
        {
            ModelState.AddModelError(nameof(RoundTables), e.Message);
        }
        return Page();
    }

    /// <summary>One round table per line, numbered in order; a line that is not a list of numbers is named beside the field.</summary>
    private List<RoundTable> ReadRoundTables()
    {
        var lines = (RoundTables ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var tables = new List<RoundTable>();
        foreach (var (line, number) in lines.Select((l, i) => (l, i + 1)))
        {
            var parts = line.Split([',', ' ', ';', '·'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Any(p => !int.TryParse(p, out _)))
            {
                ModelState.AddModelError(nameof(RoundTables), ValidationText.Get("RoundTableLine", number));
                continue;
            }
            tables.Add(new RoundTable(number, [.. parts.Select(int.Parse)]));
        }
        return tables;
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var cycle = (await reviews.CyclesAsync(null, null, cancellationToken)).FirstOrDefault(c => c.Id == id);
        if (cycle is null)
        {
            return false;
        }
        Cycle = ReviewCycleOutput.From(cycle);
        objectives = await catalogue.ObjectivesAsync(cancellationToken);
        stateNames = await states.NamesAsync(cancellationToken);
        Reviews = cycle.TakesNationalReviews ? await reviews.ReviewsAsync(id, User, cancellationToken) : [];
        if (User.IsInRole(Roles.StateFocalPoint) && User.StateIso3() is { } own)
        {
            OwnStateName = StateName(own);
            OwnReviewId = Reviews.FirstOrDefault(r => r.State == own)?.Id;
            MayStart = OwnReviewId is null && cycle.TakesNationalReviews
                && (cycle.Commission is null || (await states.CommissionsOfAsync(own, cancellationToken)).Contains(cycle.Commission));
        }
        return true;
    }
}
