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

/// <summary>Register an offer of support through a plain form; the same use case as the API.</summary>
[Authorize]
public sealed class NewOfferModel(CatalogueQueries catalogue, RegisterOffer register, InputValidator validator, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public string? Provider { get; set; }
    [BindProperty] public string ProviderType { get; set; } = "partner-organisation";
    [BindProperty] public List<int> ObjectiveNumbers { get; set; } = [];
    [BindProperty] public string? Topics { get; set; }
    [BindProperty] public string? Languages { get; set; }
    [BindProperty] public string? Regions { get; set; }
    [BindProperty] public string Modality { get; set; } = "advice";
    [BindProperty] public string? Capacity { get; set; } = "1";
    [BindProperty] public string? AvailableFrom { get; set; }
    [BindProperty] public string? AvailableUntil { get; set; }
    [BindProperty] public string? Description { get; set; }

    public IReadOnlyList<Objective> Objectives { get; private set; } = [];
    public bool IsSecretariat => User.IsSecretariat();
    public string Offerer => IsSecretariat ? "—" : User.Organisation() ?? "—";

    /// <summary>The API's fields that the form holds under another name.</summary>
    private static readonly Dictionary<string, string> FormFields = new() { ["objectives"] = nameof(ObjectiveNumbers) };

    /// <summary>The form's labels, for the summary of what to correct.</summary>
    public Dictionary<string, string> Labels => new()
    {
        [nameof(Provider)] = text["Hub.Provider"], [nameof(ProviderType)] = text["Hub.ProviderType"], [nameof(Modality)] = text["Hub.Modality"],
        [nameof(ObjectiveNumbers)] = text["Hub.Objectives"], [nameof(Topics)] = text["Hub.Topics"], [nameof(Languages)] = text["Hub.Languages"],
        [nameof(Regions)] = text["Hub.Regions"], [nameof(Capacity)] = text["Hub.Capacity"], [nameof(AvailableFrom)] = text["Hub.AvailableFrom"],
        [nameof(AvailableUntil)] = text["Hub.AvailableUntil"], [nameof(Description)] = text["Hub.Description"],
    };

    public async Task OnGetAsync(CancellationToken cancellationToken) => Objectives = await catalogue.ObjectivesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Objectives = await catalogue.ObjectivesAsync(cancellationToken);
        var input = ToInput();
        return await this.SubmitAsync(validator, input, FormFields, async () => { await register.ExecuteAsync(User, input, cancellationToken); return Redirect("/hub/offers"); }, cancellationToken) ?? Page();
    }

    private RegisterOffer.Input ToInput() => new()
    {
        Provider = IsSecretariat ? Provider : null,
        ProviderType = ProviderType,
        Objectives = ObjectiveNumbers,
        Topics = HubForm.Split(Topics),
        Languages = HubForm.Split(Languages),
        Regions = HubForm.Split(Regions),
        Modality = Modality,
        Capacity = HubForm.WholeNumber(Capacity, nameof(Capacity), ModelState),
        AvailableFrom = HubForm.Date(AvailableFrom, nameof(AvailableFrom), ModelState),
        AvailableUntil = HubForm.Date(AvailableUntil, nameof(AvailableUntil), ModelState),
        Description = Description,
    };
}
