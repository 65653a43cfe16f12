using Marrakesh.Pages.Shared.Forms;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Network;

/// <summary>How the Network's forms hand their input to the use cases: as every form does, and a broken rule shown beside its field.</summary>
internal static class NetworkForms
{
    public static async Task<IActionResult?> RunAsync<TInput>(PageModel page, InputValidator validator, TInput input,
        IReadOnlyDictionary<string, string> fields, Func<Task<IActionResult>> execute, CancellationToken cancellationToken) where TInput : class
    {
        try
        {
            return await page.SubmitAsync(validator, input, fields, execute, cancellationToken);
        }
        catch (DomainRuleException e)
        {
            page.ModelState.AddModelError(e.Field is { } field && fields.TryGetValue(field, out var control) ? control : string.Empty, e.Message);
        }
        catch (PreconditionFailedException e)
        {
            page.ModelState.AddModelError(string.Empty, e.Message);
        }
        return null;
    }

    /// <summary>A comma- or space-separated list as typed, e.g. "IOM, ILO".</summary>
    public static List<string>? List(string? typed) =>
        string.IsNullOrWhiteSpace(typed) ? null : [.. typed.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
