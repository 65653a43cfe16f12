using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Shared.Forms;

/// <summary>How a form hands its input to its use case, the same way on every page.</summary>
public static class FormSubmission
{
    /// <summary>
    /// Runs <paramref name="execute"/> (the use case, then where to go) unless the form could not read a value itself;
    /// then, or when the use case refuses, the page is shown again with every message beside its field (a refusal of
    /// who may act at the top). Returns null when the page should be shown again.
    /// </summary>
    public static async Task<IActionResult?> SubmitAsync<TInput>(this PageModel page, InputValidator validator, TInput input,
        IReadOnlyDictionary<string, string>? fields, Func<Task<IActionResult>> execute, CancellationToken cancellationToken) where TInput : class
    {
        if (!page.ModelState.IsValid)
        {
            // The form found a mistake of its own (a number or a date it cannot read): show the rules' findings with it.
            await page.ModelState.AddRuleErrorsAsync(validator, input, fields, cancellationToken);
            return null;
        }
        try
        {
            return await execute();
        }
        catch (InvalidInputException e)
        {
            page.ModelState.AddInputErrors(e, fields);
        }
        catch (ForbiddenException e)
        {
            page.ModelState.AddModelError(string.Empty, e.Message);
        }
        return null;
    }
}
