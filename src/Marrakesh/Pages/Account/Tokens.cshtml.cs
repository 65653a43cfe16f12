using System.Globalization;
using Marrakesh.Accounts;
using Marrakesh.Pages.Shared.Forms;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marrakesh.Pages.Account;

/// <summary>A signed-in person's API tokens: issue, list, revoke. Same use cases as the API and CLI.</summary>
public sealed class TokensModel(
    ListApiTokens list, IssueApiToken issue, RevokeApiToken revoke, InputValidator validator, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Days { get; set; } = IssueApiToken.DefaultDays.ToString(CultureInfo.InvariantCulture);

    public string? NewToken { get; private set; }
    public IReadOnlyList<ListApiTokens.Output> Tokens { get; private set; } = [];

    /// <summary>The form's labels, for the summary of what to correct.</summary>
    public Dictionary<string, string> Labels => new() { [nameof(Name)] = text["Tokens.Name"], [nameof(Days)] = text["Tokens.Days"] };

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var input = new IssueApiToken.Input { Name = Name, Days = WholeNumber(Days, nameof(Days)) };
        if (!ModelState.IsValid)
        {
            // The form found a mistake of its own (a lifetime that is not a number): show the rules' findings with it.
            await ModelState.AddRuleErrorsAsync(validator, input, fields: null, cancellationToken);
        }
        else
        {
            try
            {
                NewToken = (await issue.ExecuteAsync(User.Id()!, input, notAfter: null, cancellationToken)).Token;
                // The plain token is on this page only: keep it out of every cache.
                Response.Headers.CacheControl = "no-store";
            }
            catch (InvalidInputException e)
            {
                ModelState.AddInputErrors(e);
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        await revoke.ExecuteAsync(User.Id()!, id, cancellationToken);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Tokens = await list.ExecuteAsync(User.Id()!, cancellationToken);

    /// <summary>The number typed, or null with the reason beside its field.</summary>
    private int? WholeNumber(string? typed, string field)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }
        if (int.TryParse(typed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        ModelState.AddModelError(field, ValidationText.Get("WholeNumber"));
        return null;
    }
}
