using System.Globalization;
using Marrakesh.Accounts;
using Marrakesh.Modules.Fund;
using Marrakesh.Pages.Shared.Forms;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
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
public sealed class ManageModel(
    FundQueries queries, RecordContribution deposit, DecideOnProgramme decide, AllocateFunds allocate, TransferFunds transfer,
    InputValidator validator) : PageModel
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

    /// <summary>Each form's controls by the API field they hold; a control's id is also its errors' key.</summary>
    private static readonly Dictionary<string, string> DepositFields = new()
    {
        ["contributor"] = "contributor", ["contributorType"] = "contributor-type", ["amount"] = "amount", ["currency"] = "currency",
        ["rateToUsd"] = "rate", ["earmark"] = "earmark", ["date"] = "amount",
    };

    private static readonly Dictionary<string, string> AllocateFields = new()
    {
        ["programmeId"] = "allocate-programme", ["amountUsd"] = "allocate-amount", ["earmark"] = "allocate-earmark",
    };

    private static readonly Dictionary<string, string> TransferFields = new()
    {
        ["programmeId"] = "transfer-programme", ["amountUsd"] = "transfer-amount", ["organisation"] = "organisation",
    };

    private static readonly Dictionary<string, string> DecideFields = new()
    {
        ["decision"] = "decision", ["reference"] = "reference", ["priority"] = "priority",
    };
    public string? Done { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostDepositAsync(CancellationToken cancellationToken)
    {
        var input = new RecordContribution.Input
        {
            Contributor = Contributor, ContributorType = ContributorType, Amount = Number(Amount, "amount"), Currency = Currency,
            RateToUsd = Number(Rate, "rate"), Earmark = Earmark,
        };
        return PostAsync(input, DepositFields, async key => { await deposit.ExecuteAsync(input, key, cancellationToken); return "/fund"; }, cancellationToken);
    }

    public Task<IActionResult> OnPostAllocateAsync(CancellationToken cancellationToken)
    {
        var input = new AllocateFunds.Input { ProgrammeId = Programme, AmountUsd = Number(Amount, "allocate-amount"), Earmark = Earmark == "any" ? null : Earmark };
        return PostAsync(input, AllocateFields, async key => Moved(await allocate.ExecuteAsync(input, key, cancellationToken)), cancellationToken);
    }

    public Task<IActionResult> OnPostTransferAsync(CancellationToken cancellationToken)
    {
        var input = new TransferFunds.Input { ProgrammeId = Programme, AmountUsd = Number(Amount, "transfer-amount"), Organisation = Organisation };
        return PostAsync(input, TransferFields, async key => Moved(await transfer.ExecuteAsync(input, key, cancellationToken)), cancellationToken);
    }

    public Task<IActionResult> OnPostDecideAsync(CancellationToken cancellationToken)
    {
        var input = new DecideOnProgramme.Input { Decision = Decision, Reference = Reference, Priority = Priority };
        return PostAsync(input, DecideFields, async key =>
        {
            var programme = await decide.ExecuteAsync(Programme ?? Guid.Empty, input, key, cancellationToken);
            return $"/fund/programmes/{programme.Output.Id}";
        }, cancellationToken);
    }

    private static string Moved(Written<TransactionOutput> transaction) => $"/fund/programmes/{transaction.Output.ProgrammeId}";

    /// <summary>Runs a form's use case under the key rendered with the form, then shows where the money went.</summary>
    private async Task<IActionResult> PostAsync<TInput>(
        TInput input, Dictionary<string, string> fields, Func<string, Task<string>> work, CancellationToken cancellationToken) where TInput : class
    {
        try
        {
            if (!ModelState.IsValid)
            {
                // The form could not read a number: show the rules' findings on the rest with it.
                await ModelState.AddRuleErrorsAsync(validator, input, fields, cancellationToken);
                return await ShowAgainAsync(cancellationToken);
            }
            return Redirect(await work(IdempotentWrites.ValidKey(Key)));
        }
        catch (InvalidInputException e)
        {
            ModelState.AddInputErrors(e, fields);
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
    private decimal? Number(string? text, string control)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        ModelState.AddModelError(control, ValidationText.Get("NumberFormat"));
        return null;
    }
}
