using Marrakesh.Accounts;
using Marrakesh.Modules.Knowledge;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Practices;

/// <summary>One practice; the secretariat reviews it here, and its authors attach PDFs while they may still edit it.</summary>
[RequestSizeLimit(AttachToPractice.MaxBytes + (64 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = AttachToPractice.MaxBytes + (64 * 1024))]
public sealed class DetailModel(PracticeQueries practices, ReviewPractice review) : PageModel
{
    public PracticeOutput Practice { get; private set; } = null!;
    public bool IsSecretariat => User.IsSecretariat();

    /// <summary>The review's steps reach only the authors and the secretariat; they may attach while the practice is open to edits.</summary>
    public bool MayAttach => Practice.Steps.Count > 0 && Practice.Status is "submitted" or "changes-requested";

    [BindProperty] public IFormFile? Upload { get; set; }

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
            ModelState.AddModelError(string.Empty, e is InvalidInputException invalid ? invalid.Message : e.Message);
        }
        Practice = await practices.GetAsync(User, id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAttachAsync(Guid id, [FromServices] AttachToPractice attach, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }
        try
        {
            if (Upload is null || Upload.Length == 0)
            {
                throw new InvalidInputException("file", "Choose the PDF to attach.");
            }
            await using var content = Upload.OpenReadStream();
            await attach.ExecuteAsync(User, id, Upload.FileName, content, Upload.Length, cancellationToken);
            return Redirect($"/practices/{id}");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (BadHttpRequestException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        catch (Exception e) when (e is InvalidInputException or DomainRuleException or ForbiddenException)
        {
            ModelState.AddModelError(string.Empty, e is InvalidInputException invalid ? invalid.Message : e.Message);
        }
        Practice = await practices.GetAsync(User, id, cancellationToken);
        return Page();
    }
}
