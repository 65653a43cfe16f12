using Marrakesh.Accounts;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.Hub;
using Marrakesh.Pages.Shared.Forms;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marrakesh.Pages.Hub;

/// <summary>A State's request for support, through a plain form; the same use case as the API.</summary>
[Authorize]
public sealed class NewRequestModel(CatalogueQueries catalogue, SubmitRequest submit, InputValidator validator, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public string? State { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Need { get; set; }
    [BindProperty] public List<int> ObjectiveNumbers { get; set; } = [];
    [BindProperty] public string? Languages { get; set; }
    [BindProperty] public string Modality { get; set; } = "advice";
    [BindProperty] public string? StartDate { get; set; }
    [BindProperty] public string? EndDate { get; set; }
    [BindProperty] public string? Timeline { get; set; }
    [BindProperty] public string? Contact { get; set; }

    public IReadOnlyList<Objective> Objectives { get; private set; } = [];
    public bool IsSecretariat => User.IsSecretariat();
    public bool MayRequest => IsSecretariat || User.IsInRole(Roles.StateFocalPoint);

    /// <summary>The API's fields that the form holds under another name.</summary>
    private static readonly Dictionary<string, string> FormFields = new() { ["objectives"] = nameof(ObjectiveNumbers) };

    /// <summary>The form's labels, for the summary of what to correct.</summary>
    public Dictionary<string, string> Labels => new()
    {
        [nameof(State)] = text["Hub.StateCode"], [nameof(Title)] = text["Hub.RequestTitle"], [nameof(Need)] = text["Hub.Need"],
        [nameof(ObjectiveNumbers)] = text["Hub.Objectives"], [nameof(Languages)] = text["Hub.Languages"], [nameof(Modality)] = text["Hub.Modality"],
        [nameof(StartDate)] = text["Hub.StartDate"], [nameof(EndDate)] = text["Hub.EndDate"], [nameof(Timeline)] = text["Hub.Timeline"],
        [nameof(Contact)] = text["Hub.Contact"],
    };

    public async Task OnGetAsync(CancellationToken cancellationToken) => Objectives = await catalogue.ObjectivesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Objectives = await catalogue.ObjectivesAsync(cancellationToken);
        var input = ToInput();
        return await this.SubmitAsync(validator, input, FormFields, async () => Redirect($"/hub/requests/{(await submit.ExecuteAsync(User, input, cancellationToken)).Id}"), cancellationToken) ?? Page();
    }

    private SubmitRequest.Input ToInput() => new()
    {
        State = IsSecretariat && !string.IsNullOrWhiteSpace(State) ? State : null,
        Objectives = ObjectiveNumbers,
        Title = Title,
        Need = Need,
        Languages = HubForm.Split(Languages),
        Modality = Modality,
        StartDate = HubForm.Date(StartDate, nameof(StartDate), ModelState),
        EndDate = HubForm.Date(EndDate, nameof(EndDate), ModelState),
        Timeline = Timeline,
        Contact = Contact,
    };
}
