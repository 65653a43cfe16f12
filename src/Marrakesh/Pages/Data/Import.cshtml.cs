using System.Globalization;
using Marrakesh.Accounts;
using Marrakesh.Modules.Datasets;
using Marrakesh.Modules.Datasets.Importing;
using Marrakesh.Pages.Shared.Forms;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marrakesh.Pages.Data;

/// <summary>
/// The secretariat's upload of a published file: the same all-or-nothing import as the API and the CLI. A refused
/// file lists every problem with its sheet, row and column, and nothing is stored.
/// </summary>
[Authorize(Roles = $"{Roles.Secretariat},{Roles.Admin}")]
[RequestSizeLimit(ImportDataset.MaxBytes + ImportDataset.UploadOverhead)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportDataset.MaxBytes + ImportDataset.UploadOverhead)]
public sealed class ImportModel(ImportDataset import, InputValidator validator, IStringLocalizer<SharedResource> text) : PageModel
{
    public const int ProblemsShown = 100;

    /// <summary>The use case's fields that the form holds under another name.</summary>
    private static readonly Dictionary<string, string> FormFields = new() { ["file"] = nameof(Upload) };

    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Revision { get; set; }
    [BindProperty] public string? Year { get; set; }

    public ImportDataset.Output? Imported { get; private set; }
    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];

    /// <summary>The form's labels, for the summary of what to correct.</summary>
    public Dictionary<string, string> Labels => new()
    {
        [nameof(Upload)] = text["Data.File"], [nameof(Kind)] = text["Data.Kind"],
        [nameof(Revision)] = text["Data.Revision"], [nameof(Year)] = text["Data.Year"],
    };

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = new ImportDataset.Input { Kind = Kind, Revision = Revision, Year = YearOf(Year) };
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), ValidationText.Get("FileRequired"));
        }
        else if (Upload.Length > ImportDataset.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), ValidationText.Get("FileTooLarge", ImportDataset.MaxBytes / (1024 * 1024)));
        }
        if (Upload is null || !ModelState.IsValid)
        {
            // The form found a mistake of its own (no file, a year that is not a number): show the rules' findings with it.
            await ModelState.AddRuleErrorsAsync(validator, input, FormFields, cancellationToken);
            return Page();
        }
        using var buffer = new MemoryStream((int)Upload.Length);
        await Upload.CopyToAsync(buffer, cancellationToken);
        try
        {
            Imported = await import.ExecuteAsync(input, Upload.FileName, buffer.ToArray(), cancellationToken);
        }
        catch (InvalidInputException e)
        {
            ModelState.AddInputErrors(e, FormFields);
        }
        catch (ImportRejectedException e)
        {
            Problems = e.Problems;
        }
        catch (LimitExceededException e)
        {
            ModelState.AddModelError(nameof(Upload), e.Message);
        }
        return Page();
    }

    /// <summary>The year typed, or null with the reason beside its field.</summary>
    private int? YearOf(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }
        if (int.TryParse(typed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year))
        {
            return year;
        }
        ModelState.AddModelError(nameof(Year), ValidationText.Get("Year", typed));
        return null;
    }
}
