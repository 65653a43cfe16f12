using Marrakesh.Accounts;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marrakesh.Pages.Account;

public sealed class SignInModel(SignInWithPassword signIn, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public bool RememberMe { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), text["SignIn.Required", text["SignIn.Email"]]);
        }
        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), text["SignIn.Required", text["SignIn.Password"]]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (await signIn.ExecuteAsync(Email!, Password!, RememberMe, ClientAddress.Of(HttpContext)))
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        // One message whatever went wrong, so the answer never tells whether the account exists or is held.
        ModelState.AddModelError(string.Empty, text["SignIn.Failed"]);
        return Page();
    }
}
