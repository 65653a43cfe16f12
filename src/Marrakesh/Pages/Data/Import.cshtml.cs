using Marrakesh.Accounts;
using Marrakesh.Modules.Datasets;
using Marrakesh.Modules.Datasets.Importing;
using Marrakesh.Platform.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Data;

/// <summary>
/// The secretariat's upload of a published file: the same all-or-nothing import as the API and the CLI. A refused
/// file lists every problem with its sheet, row and column, and nothing is stored.
/// </summary>
[Authorize(Roles = $"{Roles.Secretariat},{Roles.Admin}")]
[RequestSizeLimit(ImportDataset.MaxBytes + (64 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = ImportDataset.MaxBytes + (64 * 1024))]
public sealed class ImportModel(ImportDataset import) : PageModel
{
    public const int ProblemsShown = 100;

    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Revision { get; set; }
    [BindProperty] public int? Year { get; set; }

    public ImportDataset.Output? Imported { get; private set; }
    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "file: choose the file to import.");
            return Page();
        }
        if (Upload.Length > ImportDataset.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), $"file: files up to {ImportDataset.MaxBytes / (1024 * 1024)} MB are accepted; nothing was stored.");
            return Page();
        }
        using var buffer = new MemoryStream((int)Upload.Length);
        await Upload.CopyToAsync(buffer, cancellationToken);
        try
        {
            Imported = await import.ExecuteAsync(new ImportDataset.Input(Kind ?? "", Upload.FileName, buffer.ToArray(), Revision, Year), cancellationToken);
        }
        catch (InvalidInputException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        catch (ImportRejectedException e)
        {
            Problems = e.Problems;
        }
        return Page();
    }
}
