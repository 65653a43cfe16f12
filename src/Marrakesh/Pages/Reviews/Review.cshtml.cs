using Marrakesh.Accounts;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.Reviews;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
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

    /// <summary>The form's labels by control, for the summary of what to correct.</summary>
    public Dictionary<string, string> Labels { get; private set; } = [];

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
        // The rows with a status make the sections; the others are not addressed.
        List<int> addressed = [.. Status.Where(s => !string.IsNullOrEmpty(s.Value)).Select(s => s.Key).Order()];
        var input = new ChangeReview.Input
        {
            Sections = [.. addressed.Select(o => new ReviewFields.Section
            {
                Objective = o,
                Status = Status[o],
                Narrative = Narrative.GetValueOrDefault(o),
                Evidence = Lines(Evidence.GetValueOrDefault(o)),
            })],
            Consulted = Lines(Consulted),
        };
        return ActAsync(id, () => change.ExecuteAsync(User, id, Version, input, cancellationToken), SectionControls(addressed), cancellationToken);
    }

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, () => submit.ExecuteAsync(User, id, Version, cancellationToken), null, cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, () => publish.ExecuteAsync(User, id, Version, cancellationToken), null, cancellationToken);

    public Task<IActionResult> OnPostAcknowledgeAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, () => acknowledge.ExecuteAsync(User, id, Version, cancellationToken), null, cancellationToken);

    /// <summary>Runs a use case, then shows the review again; refused sections are shown beside their <paramref name="sectionControls"/>.</summary>
    private async Task<IActionResult> ActAsync(
        Guid id, Func<Task<ReviewOutput>> action, IReadOnlyDictionary<string, string>? sectionControls, CancellationToken cancellationToken)
    {
        try
        {
            await action();
            return RedirectToPage(new { id });
        }
        catch (InvalidInputException e)
        {
            AddErrorsBesideControls(e, sectionControls);
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

    /// <summary>
    /// Puts each refused field beside its control. A section's fields carry its index (<c>sections[0].narrative</c>) and
    /// each section is a row of this form, so they go to the row's control (<c>narrative-5</c>); the others are named as
    /// the form names them (<c>consulted</c> → <c>Consulted</c>).
    /// </summary>
    private void AddErrorsBesideControls(InvalidInputException e, IReadOnlyDictionary<string, string>? sectionControls)
    {
        foreach (var (field, reasons) in e.Errors)
        {
            var control = sectionControls?.GetValueOrDefault(field) ?? (field.Length == 0 ? string.Empty : FieldPath.ToForm(field));
            foreach (var reason in reasons)
            {
                ModelState.AddModelError(control, reason);
            }
        }
    }

    /// <summary>The API's section fields (<c>sections[0].narrative</c>) by the row control that holds them.</summary>
    private static Dictionary<string, string> SectionControls(IReadOnlyList<int> addressed)
    {
        var controls = new Dictionary<string, string>();
        for (var i = 0; i < addressed.Count; i++)
        {
            var objective = addressed[i];
            controls[$"sections[{i}]"] = StatusControl(objective);
            controls[$"sections[{i}].objective"] = StatusControl(objective);
            controls[$"sections[{i}].status"] = StatusControl(objective);
            controls[$"sections[{i}].narrative"] = NarrativeControl(objective);
            controls[$"sections[{i}].evidence"] = EvidenceControl(objective);
        }
        return controls;
    }

    // A row's controls are named for binding (Status[5]); their ids (status-5), which the summary links to, key their errors.
    private static string StatusControl(int objective) => $"status-{objective}";

    private static string NarrativeControl(int objective) => $"narrative-{objective}";

    private static string EvidenceControl(int objective) => $"evidence-{objective}";

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
        Labels = LabelsOfTheForm();
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

    private Dictionary<string, string> LabelsOfTheForm()
    {
        var labels = new Dictionary<string, string> { [nameof(Consulted)] = text["Review.Consulted"] };
        foreach (var objective in objectives)
        {
            var row = $"{objective.Number}. {ObjectiveName(objective.Number)}";
            labels[StatusControl(objective.Number)] = $"{row} — {text["Reviews.Status"]}";
            labels[NarrativeControl(objective.Number)] = $"{row} — {text["Review.Narrative"]}";
            labels[EvidenceControl(objective.Number)] = $"{row} — {text["Review.Evidence"]}";
        }
        return labels;
    }
}
