using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages;

/// <summary>The friendly page for error status codes on the site (the API answers problem+json instead).</summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code)
    {
        // Reached directly (not re-executed), the page itself is a normal 200.
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null)
        {
            Code = Response.StatusCode; // set from the exception (see ErrorsSetup)
            return;
        }
        // Direct visits too (e.g. the access-denied redirect) answer with the status they describe.
        Code = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
    }

    public void OnPost(int code) => OnGet(code);
}
