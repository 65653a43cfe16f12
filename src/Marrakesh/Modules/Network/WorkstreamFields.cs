using Marrakesh.Modules.Catalogue;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Network;

/// <summary>What the secretariat records about a workstream; in a change, only the fields sent.</summary>
public abstract record WorkstreamFields
{
    /// <summary>The workstream's name, unique in the Network (at most 200 characters).</summary>
    [RequiredToCreate, TextLength(NetworkVocabulary.NameMax)]
    public string? Name { get; init; }

    /// <summary>What it does (at most 2,000 characters).</summary>
    [TextLength(NetworkVocabulary.DescriptionMax, MultiLine = true)]
    public string? Description { get; init; }

    /// <summary>Acronyms of the Network members that lead it (members the platform records).</summary>
    [MaxItems(NetworkVocabulary.MaxListItems), MemberAcronym, TextLength(NetworkVocabulary.AcronymMax)]
    public List<string>? Leads { get; init; }

    /// <summary>Compact objectives it serves (1 to 23).</summary>
    [MaxItems(23), CatalogueContract.Objective]
    public List<int>? Objectives { get; init; }

    /// <summary>Where the workstream is recorded, e.g. the Network's workplan with its date (at most 1,000 characters).</summary>
    [RequiredToCreate, TextLength(NetworkVocabulary.SourceMax)]
    public string? Source { get; init; }

    /// <summary>Applies the fields sent; leads must be members and the name unused by another workstream (422 naming the field).</summary>
    internal async Task ApplyToAsync(NetworkWorkstream workstream, Platform.Data.AppDbContext db, NetworkContract network, CancellationToken cancellationToken)
    {
        workstream.Name = Name is null ? workstream.Name : NetworkRules.Kept(Name, "name");
        workstream.Description = Description is null ? workstream.Description : NetworkRules.Blank(Description);
        workstream.Objectives = Objectives is null ? workstream.Objectives : [.. Objectives.Distinct().Order()];
        workstream.Source = Source is null ? workstream.Source : NetworkRules.Kept(Source, "source");
        if (Leads is not null)
        {
            workstream.Leads = NetworkRules.Acronyms(Leads);
            await network.RequireMembersAsync(workstream.Leads, "leads", cancellationToken);
        }
        var name = workstream.Name;
        if (await db.Set<NetworkWorkstream>().AnyAsync(w => w.Name == name && w.Id != workstream.Id, cancellationToken))
        {
            throw new DomainRuleException($"Another workstream is already called '{name}'.", "name");
        }
    }
}
