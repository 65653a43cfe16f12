using Marrakesh.Platform.Versions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Network;

/// <summary>
/// A UN entity that is a member of the UN Network on Migration (GCM para 45(a)). Shipped are only the nine Executive
/// Committee members the record verifies; the secretariat enters the rest, and every change is a new version.
/// </summary>
public sealed class NetworkMember : IVersionedRecord
{
    public Guid Id { get; init; }
    /// <summary>Upper case, e.g. IOM; unique, and how fund programmes and hub offers name the entity.</summary>
    public required string Acronym { get; init; }
    public required string Name { get; set; }
    public bool ExecutiveCommittee { get; set; }
    /// <summary><see cref="NetworkVocabulary.Roles"/>: coordinator-and-secretariat or member.</summary>
    public required string Role { get; set; }
    /// <summary>Since when, in the source's own words ("by May 2019"); null when not recorded.</summary>
    public string? Since { get; set; }
    /// <summary>Whether the membership was seen in a source; unverified entries are shown as such.</summary>
    public bool Verified { get; set; }
    public string? Source { get; set; }
    public string? Note { get; set; }
    /// <summary>True while the entry is as the shipped reference file has it; the reference refresh leaves edited entries alone.</summary>
    public bool FromReference { get; set; }
    public int Version { get; set; } = 1;
    public DateTime UpdatedAt { get; set; }
}

internal sealed class NetworkMemberConfiguration : IEntityTypeConfiguration<NetworkMember>
{
    public void Configure(EntityTypeBuilder<NetworkMember> member)
    {
        member.ToTable("network_members");
        member.HasIndex(m => m.Acronym).IsUnique();
        member.Property(m => m.Acronym).HasMaxLength(NetworkVocabulary.AcronymMax);
        member.Property(m => m.Name).HasMaxLength(NetworkVocabulary.NameMax);
        member.Property(m => m.Role).HasMaxLength(40);
        member.Property(m => m.Since).HasMaxLength(NetworkVocabulary.NameMax);
        member.Property(m => m.Source).HasMaxLength(NetworkVocabulary.SourceMax);
        member.Property(m => m.Note).HasMaxLength(NetworkVocabulary.NoteMax);
        member.Property(m => m.Version).IsConcurrencyToken();
    }
}
