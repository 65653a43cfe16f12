using Marrakesh.Accounts;
using Marrakesh.Modules.Network;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marrakesh.Pages.Network;

/// <summary>The UN Network on Migration: its members, workstreams and regional and country networks; the secretariat's forms to add them.</summary>
public sealed class IndexModel(
    NetworkQueries queries, StatesContract states, InputValidator validator,
    AddNetworkMember addMember, AddWorkstream addWorkstream, AddCountryNetwork addNetwork) : PageModel
{
    private static readonly Dictionary<string, string> MemberFields = new()
    {
        ["acronym"] = "member-acronym", ["name"] = "member-name", ["executiveCommittee"] = "member-excom", ["role"] = "member-name",
        ["since"] = "member-since", ["source"] = "member-source", ["note"] = "member-source", ["verified"] = "member-source",
    };

    private static readonly Dictionary<string, string> WorkstreamFields = new()
    {
        ["name"] = "workstream-name", ["description"] = "workstream-name", ["leads"] = "workstream-leads", ["objectives"] = "workstream-leads",
        ["source"] = "workstream-source",
    };

    private static readonly Dictionary<string, string> NetworkFields = new()
    {
        ["scope"] = "network-scope", ["state"] = "network-state", ["region"] = "network-region", ["residentCoordinatorOffice"] = "network-rco",
        ["members"] = "network-members", ["champion"] = "network-scope", ["source"] = "network-source",
    };

    [BindProperty] public string? Acronym { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public bool ExecutiveCommittee { get; set; }
    [BindProperty] public string? Since { get; set; }
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public string? Leads { get; set; }
    [BindProperty] public string? Scope { get; set; } = NetworkVocabulary.CountryScope;
    [BindProperty] public string? State { get; set; }
    [BindProperty] public string? Region { get; set; }
    [BindProperty] public string? ResidentCoordinatorOffice { get; set; }
    [BindProperty] public string? Members { get; set; }
    [BindProperty] public string? Champion { get; set; }

    public NetworkMembersOutput Known { get; private set; } = null!;
    public IReadOnlyList<WorkstreamOutput> Workstreams { get; private set; } = [];
    public IReadOnlyList<CountryNetworkOutput> CountryNetworks { get; private set; } = [];
    public IReadOnlyDictionary<string, string> StateNames { get; private set; } = new Dictionary<string, string>();
    public bool MayEdit => User.IsSecretariat();

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostMemberAsync(CancellationToken cancellationToken)
    {
        var input = new AddNetworkMember.Input { Acronym = Acronym, Name = Name, ExecutiveCommittee = ExecutiveCommittee, Since = Since, Source = Source, Verified = true };
        return PostAsync(input, MemberFields, async () => Redirect($"/network/members/{(await addMember.ExecuteAsync(input, cancellationToken)).Acronym}"), cancellationToken);
    }

    public Task<IActionResult> OnPostWorkstreamAsync(CancellationToken cancellationToken)
    {
        var input = new AddWorkstream.Input { Name = Name, Leads = NetworkForms.List(Leads), Source = Source };
        return PostAsync(input, WorkstreamFields, async () => { await addWorkstream.ExecuteAsync(input, cancellationToken); return Redirect("/network#workstreams"); }, cancellationToken);
    }

    public Task<IActionResult> OnPostCountryNetworkAsync(CancellationToken cancellationToken)
    {
        var input = new AddCountryNetwork.Input
        {
            Scope = Scope, State = Blank(State), Region = Blank(Region), ResidentCoordinatorOffice = ResidentCoordinatorOffice,
            Members = NetworkForms.List(Members), Champion = Champion switch { "yes" => true, "no" => false, _ => null }, Source = Source,
        };
        return PostAsync(input, NetworkFields, async () => { await addNetwork.ExecuteAsync(input, cancellationToken); return Redirect("/network#country-networks"); }, cancellationToken);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private async Task<IActionResult> PostAsync<TInput>(TInput input, Dictionary<string, string> fields, Func<Task<IActionResult>> execute, CancellationToken cancellationToken)
        where TInput : class
    {
        if (!MayEdit)
        {
            return Forbid();
        }
        var done = await NetworkForms.RunAsync(this, validator, input, fields, execute, cancellationToken);
        if (done is not null)
        {
            return done;
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Known = await queries.MembersAsync(cancellationToken);
        Workstreams = await queries.WorkstreamsAsync(cancellationToken);
        CountryNetworks = await queries.CountryNetworksAsync(null, cancellationToken);
        StateNames = await states.NamesAsync(cancellationToken);
    }
}
