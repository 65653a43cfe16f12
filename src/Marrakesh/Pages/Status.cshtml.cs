using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Marrakesh.Pages;

/// <summary>The friendly page for error status codes on the site (the API answers problem+json instead).</summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
[DisableRateLimiting] // it is the answer a caller over the limit gets
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    /// <summary>For 429: when to come back, as the rate limiter said in Retry-After.</summary>
    public string RetryAfterSeconds => Response.Headers.RetryAfter.ToString() is { Length: > 0 } seconds ? seconds : "60";

    public void OnGet(int code)
    {
        // Reached directly (not re-executed), the page itself is a normal 200.
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null)
        {
            Code = Response.StatusCode; // set from the exception (see ErrorsSetup)
            return;
        }
        // Re-executed for a status, that status; a direct visit (e.g. the access-denied redirect) answers with the
        // status it names. The feature is read rather than the bound code: re-executing a POST whose form could not
        // be read binds nothing (issue 17, finding 8).
        code = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode ?? code;
        Code = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
    }

    public void OnPost(int code) => OnGet(code);
}
