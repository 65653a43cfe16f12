using Marrakesh.Accounts;
using Marrakesh.Modules.Hub;
using Marrakesh.Modules.Knowledge;
using Marrakesh.Modules.Network;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Versions;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Network;

/// <summary>A Network member: its entry and history, and what it does on the platform (offers, practices, fund programmes).</summary>
public sealed class MemberModel(
    NetworkQueries queries, PracticeQueries practices, OfferQueries offers, RecordHistory history, InputValidator validator,
    ChangeNetworkMember change) : PageModel
{
    private static readonly Dictionary<string, string> ChangeFields = new()
    {
        ["name"] = "name", ["since"] = "since", ["source"] = "source", ["note"] = "note", ["reason"] = "reason",
        ["executiveCommittee"] = "excom", ["verified"] = "verified", ["role"] = "since",
    };

    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? Since { get; set; }
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public bool ExecutiveCommittee { get; set; }
    [BindProperty] public bool Verified { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public NetworkMemberDetailOutput Detail { get; private set; } = null!;
    public IReadOnlyList<PracticeSummaryOutput> Practices { get; private set; } = [];
    public IReadOnlyList<OfferOutput>? Offers { get; private set; }
    public IReadOnlyList<VersionOutput> Versions { get; private set; } = [];
    public bool MayEdit => User.IsSecretariat();

    public async Task<IActionResult> OnGetAsync(string acronym, CancellationToken cancellationToken)
    {
        try
        {
            await LoadAsync(acronym, cancellationToken);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        if (Detail.Member.Acronym != acronym)
        {
            return RedirectToPagePermanent("/Network/Member", new { acronym = Detail.Member.Acronym });
        }
        var m = Detail.Member;
        (Version, Since, Source, Note, ExecutiveCommittee, Verified) = (m.Version, m.Since, m.Source, m.Note, m.ExecutiveCommittee, m.Verified);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string acronym, CancellationToken cancellationToken)
    {
        if (!MayEdit)
        {
            return Forbid();
        }
        var input = new ChangeNetworkMember.Input
        {
            Since = Since ?? "", Source = Source ?? "", Note = Note ?? "", ExecutiveCommittee = ExecutiveCommittee, Verified = Verified, Reason = Reason,
        };
        var done = await NetworkForms.RunAsync(this, validator, input, ChangeFields, async () =>
        {
            var changed = await change.ExecuteAsync(acronym, Version, input, cancellationToken);
            return Redirect($"/network/members/{changed.Acronym}");
        }, cancellationToken);
        if (done is not null)
        {
            return done;
        }
        await LoadAsync(acronym, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(string acronym, CancellationToken cancellationToken)
    {
        Detail = await queries.MemberAsync(acronym, cancellationToken);
        var member = Detail.Member;
        // Practices name their organisation as their authors typed it: by acronym or by full name.
        Practices = [.. (await practices.PublishedAsync(new PracticeFilter(), Paging.MaxSize, cancellationToken)).Items
            .Where(p => string.Equals(p.Organisation, member.Acronym, StringComparison.OrdinalIgnoreCase)
                || string.Equals(p.Organisation, member.Name, StringComparison.OrdinalIgnoreCase))];
        // Offers can name individual experts, so only signed-in people read them (as on /hub/offers).
        Offers = User.Identity?.IsAuthenticated == true
            ? (await offers.PageAsync(new OfferFilter(Provider: member.Acronym), new Paging(1, Paging.MaxSize), cancellationToken)).Items
            : null;
        Versions = await history.VersionsAsync(NetworkVocabulary.MemberKind, (await queries.MemberEntityAsync(acronym, cancellationToken)).Id, User, cancellationToken);
    }
}
