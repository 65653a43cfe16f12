using System.Globalization;
using Marrakesh.Accounts;
using Marrakesh.Modules.Fund;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Fund;

/// <summary>
/// The fund manager's desk: the same use cases as the API, through plain forms. Each form carries an idempotency key
/// rendered with it, so a double click or a resubmitted form posts once.
/// </summary>
[Authorize(Roles = $"{Roles.FundManager},{Roles.Admin}")]
public sealed class ManageModel(FundQueries queries, IdempotentWrites writes, IServiceProvider services) : PageModel
{
    [BindProperty] public string? Key { get; set; } = Guid.NewGuid().ToString();
    [BindProperty] public string? Contributor { get; set; }
    [BindProperty] public string? ContributorType { get; set; } = "member-state";
    [BindProperty] public string? Amount { get; set; }
    [BindProperty] public string? Currency { get; set; } = "USD";
    [BindProperty] public string? Rate { get; set; }
    [BindProperty] public string? Earmark { get; set; } = "none";
    [BindProperty] public Guid? Programme { get; set; }
    [BindProperty] public string? Organisation { get; set; }
    [BindProperty] public string? Decision { get; set; } = FundVocabulary.Approve;
    [BindProperty] public string? Reference { get; set; }
    [BindProperty] public int? Priority { get; set; }

    public IReadOnlyList<ProgrammeOutput> Programmes { get; private set; } = [];
    public string? Done { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostDepositAsync(CancellationToken cancellationToken)
    {
        var input = new ContributionInput(Contributor, ContributorType, null, Number(Amount, "amount"), Currency, Rate is null ? null : Number(Rate, "rateToUsd"),
            Earmark, null, null, null);
        return PostAsync(input, StatusCodes.Status201Created, async ct =>
        {
            var contribution = await services.GetRequiredService<RecordContribution>().ExecuteAsync(input, ct);
            return (contribution, (string?)"/fund");
        }, cancellationToken);
    }

    public Task<IActionResult> OnPostAllocateAsync(CancellationToken cancellationToken)
    {
        var input = new MovementInput(Programme, Number(Amount, "amountUsd"), Earmark == "any" ? null : Earmark, null, null);
        return PostAsync(input, StatusCodes.Status201Created,
            async ct => Moved(await services.GetRequiredService<AllocateFunds>().ExecuteAsync(input, ct)), cancellationToken);
    }

    public Task<IActionResult> OnPostTransferAsync(CancellationToken cancellationToken)
    {
        var input = new MovementInput(Programme, Number(Amount, "amountUsd"), null, Organisation, null);
        return PostAsync(input, StatusCodes.Status201Created,
            async ct => Moved(await services.GetRequiredService<TransferFunds>().ExecuteAsync(input, ct)), cancellationToken);
    }

    public Task<IActionResult> OnPostDecideAsync(CancellationToken cancellationToken)
    {
        var input = new DecisionInput(Decision, Reference, Priority, null);
        var id = Programme ?? Guid.Empty;
        return PostAsync(new { id, input }, StatusCodes.Status200OK, async ct =>
        {
            var programme = await services.GetRequiredService<DecideOnProgramme>().ExecuteAsync(id, input, ct);
            return (programme, (string?)$"/fund/programmes/{programme.Id}");
        }, cancellationToken);
    }

    private static (TransactionOutput, string?) Moved(TransactionOutput transaction) => (transaction, $"/fund/programmes/{transaction.ProgrammeId}");

    private async Task<IActionResult> PostAsync<TOutput>(object input, int status, Func<CancellationToken, Task<(TOutput, string?)>> work, CancellationToken cancellationToken)
    {
        try
        {
            if (!ModelState.IsValid)
            {
                return await ShowAgainAsync(cancellationToken);
            }
            var answer = await writes.RunAsync(IdempotentWrites.CallerOf(User), IdempotentWrites.ValidKey(Key), input, status, work, cancellationToken);
            return Redirect(answer.Location ?? "/fund");
        }
        catch (InvalidInputException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        catch (Exception e) when (e is DomainRuleException or ConflictException or NotFoundException)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }
        return await ShowAgainAsync(cancellationToken);
    }

    /// <summary>The form again, with its errors and a fresh key (the failed attempt posted nothing).</summary>
    private async Task<IActionResult> ShowAgainAsync(CancellationToken cancellationToken)
    {
        Key = Guid.NewGuid().ToString();
        ModelState.Remove(nameof(Key));
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Programmes = (await queries.ProgrammesAsync(FundAudience.Of(User), null, new Paging(1, Paging.MaxSize), cancellationToken)).Items
            .Where(p => p.Status is not (FundVocabulary.Closed or FundVocabulary.Declined)).ToList();

    /// <summary>The number typed, or null with the reason added to the form's errors.</summary>
    private decimal? Number(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        ModelState.AddModelError(string.Empty, $"{field}: Write a number such as 1000.50.");
        return null;
    }
}
