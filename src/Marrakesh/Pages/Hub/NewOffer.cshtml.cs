using Marrakesh.Accounts;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.Hub;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Hub;

/// <summary>Register an offer of support through a plain form; the same use case as the API.</summary>
[Authorize]
public sealed class NewOfferModel(CatalogueQueries catalogue, RegisterOffer register) : PageModel
{
    [BindProperty] public string? Provider { get; set; }
    [BindProperty] public string ProviderType { get; set; } = "partner-organisation";
    [BindProperty] public List<int> ObjectiveNumbers { get; set; } = [];
    [BindProperty] public string? Topics { get; set; }
    [BindProperty] public string? Languages { get; set; }
    [BindProperty] public string? Regions { get; set; }
    [BindProperty] public string Modality { get; set; } = "advice";
    [BindProperty] public int? Capacity { get; set; } = 1;
    [BindProperty] public string? AvailableFrom { get; set; }
    [BindProperty] public string? AvailableUntil { get; set; }
    [BindProperty] public string? Description { get; set; }

    public IReadOnlyList<Objective> Objectives { get; private set; } = [];
    public bool IsSecretariat => User.IsSecretariat();
    public string Offerer => IsSecretariat ? "—" : User.Organisation() ?? "—";

    public async Task OnGetAsync(CancellationToken cancellationToken) => Objectives = await catalogue.ObjectivesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Objectives = await catalogue.ObjectivesAsync(cancellationToken);
        var from = HubForm.Date(AvailableFrom, "availableFrom", ModelState);
        var until = HubForm.Date(AvailableUntil, "availableUntil", ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            await register.ExecuteAsync(User, new OfferInput(
                IsSecretariat ? Provider : null, ProviderType, ObjectiveNumbers, HubForm.Split(Topics), HubForm.Split(Languages), HubForm.Split(Regions),
                Modality, Capacity, from, until, Description), cancellationToken);
            return Redirect("/hub/offers");
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
