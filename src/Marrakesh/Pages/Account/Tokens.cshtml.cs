using Marrakesh.Accounts;
using Marrakesh.Pages.Shared.Forms;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Account;

/// <summary>A signed-in person's API tokens: issue, list, revoke. Same use cases as the API and CLI.</summary>
public sealed class TokensModel(ListApiTokens list, IssueApiToken issue, RevokeApiToken revoke) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public int? Days { get; set; } = IssueApiToken.DefaultDays;

    public string? NewToken { get; private set; }
    public IReadOnlyList<ListApiTokens.Output> Tokens { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                NewToken = (await issue.ExecuteAsync(User.Id()!, new IssueApiToken.Input(Name, Days), notAfter: null, cancellationToken)).Token;
                // The plain token is on this page only: keep it out of every cache.
                Response.Headers.CacheControl = "no-store";
            }
            catch (InvalidInputException e)
            {
                ModelState.AddInputErrors(e, new Dictionary<string, string> { ["days"] = nameof(Days), ["name"] = nameof(Name), [""] = nameof(Name) });
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
}
