using Marrakesh.Accounts;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.Reviews;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marrakesh.Pages.Reviews;

/// <summary>
/// A national review. Its focal points fill one row per objective (empty rows are not addressed), save,
/// submit and publish; the secretariat acknowledges receipt. Everyone reads it once published.
/// </summary>
public sealed class ReviewModel(
    ReviewQueries reviews, CatalogueQueries catalogue, StatesContract states, ChangeReview change, SubmitReview submit,
    PublishReview publish, AcknowledgeReview acknowledge, IStringLocalizer<SharedResource> text) : PageModel
{
    private IReadOnlyList<Objective> objectives = [];
    private bool keepPosted;

    public ReviewOutput Review { get; private set; } = null!;
    public string StateName { get; private set; } = "";
    public string CycleName { get; private set; } = "";
    public bool MayEdit { get; private set; }
    public bool IsSecretariat => User.IsSecretariat();
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    [BindProperty] public Dictionary<int, string?> Status { get; set; } = [];
    [BindProperty] public Dictionary<int, string?> Narrative { get; set; } = [];
    [BindProperty] public Dictionary<int, string?> Evidence { get; set; } = [];
    [BindProperty] public string? Consulted { get; set; }
    [BindProperty] public int Version { get; set; }

    public sealed record Row(int Objective, string Name, string? Status, string? Narrative, string? Evidence);

    public string ObjectiveName(int number) => objectives.FirstOrDefault(o => o.Number == number)?.ShortName.In(System.Globalization.CultureInfo.CurrentUICulture) ?? "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken)
    {
        keepPosted = true;
        return ActAsync(id, () => change.ExecuteAsync(User, id, Version, new ReviewInput(Sections: Sections(), Consulted: Lines(Consulted)), cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, () => submit.ExecuteAsync(User, id, Version, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, () => publish.ExecuteAsync(User, id, Version, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostAcknowledgeAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, () => acknowledge.ExecuteAsync(User, id, Version, cancellationToken), cancellationToken);

    private async Task<IActionResult> ActAsync(Guid id, Func<Task<ReviewOutput>> action, CancellationToken cancellationToken)
    {
        try
        {
            await action();
            return RedirectToPage(new { id });
        }
        catch (InvalidInputException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        catch (Exception e) when (e is ConflictException or PreconditionFailedException or DomainRuleException)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        catch (ForbiddenException)
        {
            return Forbid();
        }
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>The rows with a status make the sections; the others are not addressed.</summary>
    private List<SectionInput> Sections() =>
        [.. Status.Where(s => !string.IsNullOrEmpty(s.Value)).OrderBy(s => s.Key)
            .Select(s => new SectionInput(s.Key, s.Value, Narrative.GetValueOrDefault(s.Key), Lines(Evidence.GetValueOrDefault(s.Key))))];

    private static List<string> Lines(string? value) =>
        [.. (value ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Review = await reviews.ReviewAsync(id, User, cancellationToken);
        }
        catch (NotFoundException)
        {
            return false;
        }
        var cycle = await reviews.CycleAsync(Review.Cycle, cancellationToken);
        CycleName = text["CycleKind." + cycle.Kind, cycle.Year, cycle.Commission ?? ""];
        StateName = await states.NameAsync(Review.State, cancellationToken);
        MayEdit = User.MayActForState(Review.State);
        objectives = await catalogue.ObjectivesAsync(cancellationToken);
        if (keepPosted)
        {
            // A refused save shows what was typed, not the last saved draft, so nothing has to be typed twice.
            Rows = [.. objectives.Select(o => new Row(o.Number, ObjectiveName(o.Number), Status.GetValueOrDefault(o.Number),
                Narrative.GetValueOrDefault(o.Number), Evidence.GetValueOrDefault(o.Number)))];
            return true;
        }
        Rows = [.. objectives.Select(o => Review.Sections.FirstOrDefault(s => s.Objective == o.Number) is { } s
            ? new Row(o.Number, ObjectiveName(o.Number), s.Status, s.Narrative, string.Join('\n', s.Evidence))
            : new Row(o.Number, ObjectiveName(o.Number), null, null, null))];
        Consulted = string.Join('\n', Review.Consulted);
        return true;
    }
}
