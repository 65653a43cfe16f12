using Marrakesh.Accounts;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.Hub;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Hub;

/// <summary>A State's request for support, through a plain form; the same use case as the API.</summary>
[Authorize]
public sealed class NewRequestModel(CatalogueQueries catalogue, SubmitRequest submit) : PageModel
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

    public async Task OnGetAsync(CancellationToken cancellationToken) => Objectives = await catalogue.ObjectivesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Objectives = await catalogue.ObjectivesAsync(cancellationToken);
        var start = HubForm.Date(StartDate, "startDate", ModelState);
        var end = HubForm.Date(EndDate, "endDate", ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            var request = await submit.ExecuteAsync(User, new RequestInput(
                IsSecretariat ? State : null, ObjectiveNumbers, Title ?? "", Need ?? "", HubForm.Split(Languages), Modality, start, end, Timeline, Contact),
                cancellationToken);
            return Redirect($"/hub/requests/{request.Id}");
        }
        catch (InvalidInputException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        catch (ForbiddenException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        return Page();
    }
}
