using Marrakesh.Accounts;
using Marrakesh.Modules.Knowledge;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Practices;

/// <summary>One practice; the secretariat reviews it here, with a plain form.</summary>
public sealed class DetailModel(PracticeQueries practices, ReviewPractice review) : PageModel
{
    public PracticeOutput Practice { get; private set; } = null!;
    public bool IsSecretariat => User.IsSecretariat();

    [BindProperty] public string? Decision { get; set; }
    [BindProperty] public string? Comment { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Practice = await practices.GetAsync(User, id, cancellationToken);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }
        try
        {
            await review.ExecuteAsync(User, id, new PracticeReviewInput(Decision, Comment), cancellationToken);
            return Redirect($"/practices/{id}");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (Exception e) when (e is InvalidInputException or DomainRuleException or ForbiddenException)
        {
            ModelState.AddModelError(string.Empty, e is InvalidInputException invalid ? $"{invalid.Field}: {invalid.Reason}" : e.Message);
        }
        Practice = await practices.GetAsync(User, id, cancellationToken);
        return Page();
    }
}
