using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Network;

/// <summary>What the secretariat records about a Network member; in a change, only the fields sent (an empty text clears an optional one).</summary>
public abstract record NetworkMemberFields
{
    /// <summary>The entity's full name (at most 200 characters).</summary>
    [RequiredToCreate, TextLength(NetworkVocabulary.NameMax)]
    public string? Name { get; init; }

    /// <summary>Whether it sits on the Executive Committee (false when left out of a new member).</summary>
    public bool? ExecutiveCommittee { get; init; }

    /// <summary>coordinator-and-secretariat or member (member when left out of a new member).</summary>
    [OneOf(typeof(NetworkVocabulary), nameof(NetworkVocabulary.Roles))]
    public string? Role { get; init; }

    /// <summary>Since when, in the source's words, e.g. "by May 2019" (at most 200 characters).</summary>
    [TextLength(NetworkVocabulary.NameMax)]
    public string? Since { get; init; }

    /// <summary>Whether the membership was checked against a source (false when left out of a new member).</summary>
    public bool? Verified { get; init; }

    /// <summary>Where the membership is recorded, e.g. the Network's Terms of Reference with its date (at most 1,000 characters).</summary>
    [RequiredToCreate, TextLength(NetworkVocabulary.SourceMax)]
    public string? Source { get; init; }

    /// <summary>Remarks (at most 1,000 characters).</summary>
    [TextLength(NetworkVocabulary.NoteMax, MultiLine = true)]
    public string? Note { get; init; }

    internal void ApplyTo(NetworkMember member)
    {
        member.Name = Name is null ? member.Name : NetworkRules.Kept(Name, "name");
        member.ExecutiveCommittee = ExecutiveCommittee ?? member.ExecutiveCommittee;
        member.Role = OneOfAttribute.Canonical(Role, NetworkVocabulary.Roles) ?? member.Role;
        member.Since = Since is null ? member.Since : NetworkRules.Blank(Since);
        member.Verified = Verified ?? member.Verified;
        member.Source = Source is null ? member.Source : NetworkRules.Kept(Source, "source");
        member.Note = Note is null ? member.Note : NetworkRules.Blank(Note);
    }
}
