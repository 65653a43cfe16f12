using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Network;

/// <summary>
/// An inter-State consultation mechanism on migration under States' own auspices: a regional consultative process, a
/// regional migration dialogue, or the Global Forum on Migration and Development. Reference data (Data/SOURCES.md).
/// </summary>
public sealed class ConsultativeProcess
{
    /// <summary>kebab-case, e.g. rabat-process, gfmd.</summary>
    public required string Key { get; init; }
    public required string Name { get; set; }
    public string? AlsoKnownAs { get; set; }
    /// <summary>regional-consultative-process, regional-migration-dialogue or global-forum.</summary>
    public required string Kind { get; set; }
    public string? Region { get; set; }
    public int? FoundedYear { get; set; }
    public string? FoundedDetail { get; set; }
    /// <summary>ISO3 of the member States listed by the source (empty where no list was readable).</summary>
    public List<string> Members { get; set; } = [];
    /// <summary>The source's own count, in its words.</summary>
    public string? MemberCountStated { get; set; }
    public List<string> Observers { get; set; } = [];
    public string? MembersAsOf { get; set; }
    /// <summary>Whether <see cref="Members"/> is the whole list: true, false, or null where a list does not apply (the GFMD).</summary>
    public bool? MembersComplete { get; set; }
    /// <summary>The source's words on completeness, e.g. "yes (Cambodia from secondary sources)".</summary>
    public string? MembersCompleteNote { get; set; }
    public required string Source { get; set; }
    public string? Note { get; set; }
}

internal sealed class ConsultativeProcessConfiguration : IEntityTypeConfiguration<ConsultativeProcess>
{
    public void Configure(EntityTypeBuilder<ConsultativeProcess> process)
    {
        process.ToTable("network_consultative_processes");
        process.HasKey(p => p.Key);
        process.Property(p => p.Key).HasMaxLength(60);
        process.Property(p => p.Name).HasMaxLength(NetworkVocabulary.NameMax);
        process.Property(p => p.AlsoKnownAs).HasMaxLength(NetworkVocabulary.NameMax);
        process.Property(p => p.Kind).HasMaxLength(40);
        process.Property(p => p.Region).HasMaxLength(NetworkVocabulary.NameMax);
        process.Property(p => p.FoundedDetail).HasMaxLength(NetworkVocabulary.NoteMax);
        process.Property(p => p.MemberCountStated).HasMaxLength(NetworkVocabulary.NameMax);
        process.Property(p => p.MembersAsOf).HasMaxLength(NetworkVocabulary.NameMax);
        process.Property(p => p.MembersCompleteNote).HasMaxLength(NetworkVocabulary.NameMax);
        process.Property(p => p.Source).HasMaxLength(NetworkVocabulary.NoteMax);
        process.Property(p => p.Note).HasMaxLength(NetworkVocabulary.NoteMax);
    }
}
