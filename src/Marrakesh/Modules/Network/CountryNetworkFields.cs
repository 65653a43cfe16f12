using Marrakesh.Modules.States;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Network;

/// <summary>What the secretariat records about a regional or country network; in a change, only the fields sent.</summary>
public abstract record CountryNetworkFields
{
    /// <summary>country or regional.</summary>
    [RequiredToCreate, OneOf(typeof(NetworkVocabulary), nameof(NetworkVocabulary.Scopes))]
    public string? Scope { get; init; }

    /// <summary>ISO3 of the State, for a country network (one per State).</summary>
    [StatesContract.State]
    public string? State { get; init; }

    /// <summary>The region, for a regional network: an M49 region, sub-region or intermediate region, or a regional commission.</summary>
    [TextLength(NetworkVocabulary.NameMax)]
    public string? Region { get; init; }

    /// <summary>The UN resident coordinator's office that convenes it (at most 200 characters).</summary>
    [TextLength(NetworkVocabulary.NameMax)]
    public string? ResidentCoordinatorOffice { get; init; }

    /// <summary>Acronyms of the Network members taking part (members the platform records).</summary>
    [MaxItems(NetworkVocabulary.MaxListItems), MemberAcronym, TextLength(NetworkVocabulary.AcronymMax)]
    public List<string>? Members { get; init; }

    /// <summary>Whether the country is a "champion" of the Compact; null leaves it unrecorded.</summary>
    public bool? Champion { get; init; }

    /// <summary>Where the network is recorded (at most 1,000 characters).</summary>
    [RequiredToCreate, TextLength(NetworkVocabulary.SourceMax)]
    public string? Source { get; init; }

    /// <summary>
    /// Applies the fields sent, then checks the whole: a country network names a State and no region, a regional one a
    /// region and no State (400 naming the fields); members must be members and a State has one network (422).
    /// </summary>
    internal async Task ApplyToAsync(CountryNetwork network, Platform.Data.AppDbContext db, NetworkContract contract, CancellationToken cancellationToken)
    {
        network.Scope = OneOfAttribute.Canonical(Scope, NetworkVocabulary.Scopes) ?? network.Scope;
        network.State = State is null ? network.State : NetworkRules.Blank(State)?.ToUpperInvariant();
        if (Region is not null)
        {
            network.Region = NetworkRules.Blank(Region) is { } region
                ? StatesContract.RegionName(region) ?? throw new InvalidInputException("region", ValidationText.Get("NetworkRegion", region))
                : null;
        }
        network.ResidentCoordinatorOffice = ResidentCoordinatorOffice is null ? network.ResidentCoordinatorOffice : NetworkRules.Blank(ResidentCoordinatorOffice);
        network.Champion = Champion ?? network.Champion;
        network.Source = Source is null ? network.Source : NetworkRules.Kept(Source, "source");
        var errors = new Dictionary<string, string[]>();
        var country = network.Scope == NetworkVocabulary.CountryScope;
        if (country && network.State is null) { errors["state"] = [ValidationText.Get("Required")]; }
        if (country && network.Region is not null) { errors["region"] = [ValidationText.Get("NetworkRegionForCountry")]; }
        if (!country && network.Region is null) { errors["region"] = [ValidationText.Get("Required")]; }
        if (!country && network.State is not null) { errors["state"] = [ValidationText.Get("NetworkStateForRegion")]; }
        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }
        if (Members is not null)
        {
            network.Members = NetworkRules.Acronyms(Members);
            await contract.RequireMembersAsync(network.Members, "members", cancellationToken);
        }
        var state = network.State;
        if (state is not null && await db.Set<CountryNetwork>().AnyAsync(n => n.State == state && n.Id != network.Id, cancellationToken))
        {
            throw new DomainRuleException($"{state} already has a country network; change that one instead.", "state");
        }
    }
}
