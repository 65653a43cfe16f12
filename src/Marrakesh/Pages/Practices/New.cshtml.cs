using System.Globalization;
using Marrakesh.Accounts;
using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.Knowledge;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Practices;

/// <summary>Submit a practice through a plain form; it then waits for the secretariat's review.</summary>
[Authorize]
public sealed class NewModel(CatalogueQueries catalogue, SubmitPractice submit) : PageModel
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
    public bool NamesOrganisation => User.IsSecretariat() || User.IsInRole(Roles.StateFocalPoint);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var start = Date(PeriodStart, nameof(PeriodStart));
        var end = Date(PeriodEnd, nameof(PeriodEnd));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            var practice = await submit.ExecuteAsync(User, new PracticeInput(
                Title ?? "", Summary ?? "", Body ?? "", string.IsNullOrWhiteSpace(Language) ? null : Language,
                [.. Split(Countries, [',', ' ', ';'])], ObjectiveNumbers, PrincipleKeys,
                NamesOrganisation ? Organisation : null, string.IsNullOrWhiteSpace(OrganisationType) ? null : OrganisationType,
                start, end, [.. Split(Links, ['\n', '\r', ' '])]), cancellationToken);
            return Redirect($"/practices/{practice.Id}");
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
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        ModelState.AddModelError(field, "Use the form yyyy-mm-dd.");
        return null;
    }

    private static IEnumerable<string> Split(string? value, char[] separators) =>
        (value ?? "").Split(separators, StringSplitOptions.RemoveEmptyEntries);
}
