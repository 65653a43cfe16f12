using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Knowledge;

/// <summary>
/// A PDF attached to a practice. The bytes live in the database beside the practice, so an attachment is
/// written in the same transaction as its audit entry and travels with every backup.
/// </summary>
public sealed class PracticeAttachment
{
    public long Id { get; init; }
    public Guid PracticeId { get; init; }
    /// <summary>1, 2, 3 … within its practice: the number in its address.</summary>
    public int Number { get; init; }
    public required string FileName { get; init; }
    public long Size { get; init; }
    public required byte[] Content { get; init; }
    public required string Actor { get; init; }
    public DateTime At { get; init; }
}

internal sealed class PracticeAttachmentConfiguration : IEntityTypeConfiguration<PracticeAttachment>
{
    public void Configure(EntityTypeBuilder<PracticeAttachment> attachment)
    {
        attachment.ToTable("knowledge_attachments");
        attachment.Property(a => a.FileName).HasMaxLength(200);
        attachment.Property(a => a.Actor).HasMaxLength(256);
        attachment.HasIndex(a => new { a.PracticeId, a.Number }).IsUnique();
        attachment.HasOne<Practice>().WithMany().HasForeignKey(a => a.PracticeId).OnDelete(DeleteBehavior.Cascade);
    }
}
