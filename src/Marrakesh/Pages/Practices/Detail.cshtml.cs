using Marrakesh.Accounts;
using Marrakesh.Modules.Knowledge;
using Marrakesh.Pages.Shared.Forms;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marrakesh.Pages.Practices;

/// <summary>One practice; the secretariat reviews it here, and its authors attach PDFs while they may still edit it.</summary>
[RequestSizeLimit(AttachToPractice.MaxBytes + (64 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = AttachToPractice.MaxBytes + (64 * 1024))]
public sealed class DetailModel(PracticeQueries practices, ReviewPractice review, AttachToPractice attach, IStringLocalizer<SharedResource> text) : PageModel
{
    /// <summary>The use case's file field, as this form names it.</summary>
    private static readonly Dictionary<string, string> AttachFields = new() { ["file"] = nameof(Upload) };

    public PracticeOutput Practice { get; private set; } = null!;
    public bool IsSecretariat => User.IsSecretariat();

    /// <summary>The review's steps reach only the authors and the secretariat; they may attach while the practice is open to edits.</summary>
    public bool MayAttach => Practice.Steps.Count > 0 && Practice.Status is "submitted" or "changes-requested";

    /// <summary>Whether the errors shown are the attachment's (the page holds two forms; each sums up its own).</summary>
    public bool AttachRefused { get; private set; }

    [BindProperty] public IFormFile? Upload { get; set; }

    [BindProperty] public string? Decision { get; set; }
    [BindProperty] public string? Comment { get; set; }

    /// <summary>The forms' labels, for the summary of what to correct.</summary>
    public Dictionary<string, string> Labels => new()
    {
        [nameof(Upload)] = text["Practice.AttachFile"], [nameof(Decision)] = text["Practice.Decision"], [nameof(Comment)] = text["Practice.Comment"],
    };

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
            await review.ExecuteAsync(User, id, new ReviewPractice.Input { Decision = Decision, Comment = Comment }, cancellationToken);
            return Redirect($"/practices/{id}");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (InvalidInputException e)
        {
            ModelState.AddInputErrors(e);
        }
        catch (Exception e) when (e is DomainRuleException or ForbiddenException)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        Practice = await practices.GetAsync(User, id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAttachAsync(Guid id, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }
        try
        {
            await using var content = Upload?.OpenReadStream();
            await attach.ExecuteAsync(User, id, Upload?.FileName, content, Upload?.Length ?? 0, cancellationToken);
            return Redirect($"/practices/{id}");
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (BadHttpRequestException e)
        {
            ModelState.AddModelError(nameof(Upload), e.Message);
        }
        catch (InvalidInputException e)
        {
            ModelState.AddInputErrors(e, AttachFields);
        }
        catch (Exception e) when (e is DomainRuleException or ForbiddenException)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        AttachRefused = true;
        Practice = await practices.GetAsync(User, id, cancellationToken);
        return Page();
    }
}
