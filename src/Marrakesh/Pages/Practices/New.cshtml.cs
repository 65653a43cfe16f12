using System.Globalization;
using Marrakesh.Accounts;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.Knowledge;
using Marrakesh.Pages.Shared.Forms;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marrakesh.Pages.Practices;

/// <summary>Submit a practice through a plain form; it then waits for the secretariat's review.</summary>
[Authorize]
public sealed class NewModel(CatalogueQueries catalogue, SubmitPractice submit, InputValidator validator, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public string? Language { get; set; }
    [BindProperty] public string? Organisation { get; set; }
    [BindProperty] public string? OrganisationType { get; set; }
    [BindProperty] public string? Countries { get; set; }
    [BindProperty] public List<int> ObjectiveNumbers { get; set; } = [];
    [BindProperty] public List<string> PrincipleKeys { get; set; } = [];
    [BindProperty] public string? PeriodStart { get; set; }
    [BindProperty] public string? PeriodEnd { get; set; }
    [BindProperty] public string? Links { get; set; }

    public IReadOnlyList<Objective> Objectives { get; private set; } = [];
    public IReadOnlyList<GuidingPrinciple> Principles { get; private set; } = [];
    public bool NamesOrganisation => User.IsSecretariat();

    /// <summary>The API's fields that the form holds under another name.</summary>
    private static readonly Dictionary<string, string> FormFields = new()
    {
        ["objectives"] = nameof(ObjectiveNumbers),
        ["principles"] = nameof(PrincipleKeys),
    };

    /// <summary>The form's labels, for the summary of what to correct.</summary>
    public Dictionary<string, string> Labels => new()
    {
        [nameof(Title)] = text["Practice.TitleLabel"], [nameof(Summary)] = text["Practice.Summary"],
        [nameof(Body)] = text["Practice.Body"], [nameof(Language)] = text["Practice.Language"],
        [nameof(OrganisationType)] = text["Practice.OrganisationType"], [nameof(Organisation)] = text["Practice.Organisation"],
        [nameof(Countries)] = text["Practice.Countries"], [nameof(ObjectiveNumbers)] = text["Pledge.Objectives"],
        [nameof(PrincipleKeys)] = text["Practice.Principles"], [nameof(PeriodStart)] = text["Practice.PeriodStart"],
        [nameof(PeriodEnd)] = text["Practice.PeriodEnd"], [nameof(Links)] = text["Practice.Links"],
    };

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var input = ToInput();
        return await this.SubmitAsync(validator, input, FormFields, async () => Redirect($"/practices/{(await submit.ExecuteAsync(User, input, cancellationToken)).Id}"), cancellationToken) ?? Page();
    }

    private SubmitPractice.Input ToInput() => new()
    {
        Title = Title,
        Summary = Summary,
        Body = Body,
        Language = string.IsNullOrWhiteSpace(Language) ? null : Language,
        Countries = [.. Split(Countries, [',', ' ', ';'])],
        Objectives = ObjectiveNumbers,
        Principles = PrincipleKeys,
        Organisation = NamesOrganisation && !string.IsNullOrWhiteSpace(Organisation) ? Organisation : null,
        OrganisationType = string.IsNullOrWhiteSpace(OrganisationType) ? null : OrganisationType,
        PeriodStart = Date(PeriodStart, nameof(PeriodStart)),
        PeriodEnd = Date(PeriodEnd, nameof(PeriodEnd)),
        Links = [.. Split(Links, ['\n', '\r', ' '])],
    };

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Objectives = await catalogue.ObjectivesAsync(cancellationToken);
        Principles = await catalogue.PrinciplesAsync(cancellationToken);
    }

    private DateOnly? Date(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        ModelState.AddModelError(field, ValidationText.Get("DateFormat"));
        return null;
    }

    private static IEnumerable<string> Split(string? value, char[] separators) =>
        (value ?? "").Split(separators, StringSplitOptions.RemoveEmptyEntries);
}
