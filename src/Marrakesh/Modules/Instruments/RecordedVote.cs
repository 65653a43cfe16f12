using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Instruments;

/// <summary>How one State voted on one General Assembly resolution; the totals are counted from these rows.</summary>
public sealed class RecordedVote
{
    /// <summary>The resolution's symbol, e.g. <c>A/RES/73/195</c>.</summary>
    public required string Resolution { get; init; }
    public required string Iso3 { get; init; }
    /// <summary><c>yes</c>, <c>no</c>, <c>abstain</c> or <c>absent</c>.</summary>
    public required string Vote { get; set; }
    /// <summary>The State's name at the time of the vote, where it differs from today's.</summary>
    public string? NameAtTheTime { get; set; }
}

internal sealed class RecordedVoteConfiguration : IEntityTypeConfiguration<RecordedVote>
{
    public void Configure(EntityTypeBuilder<RecordedVote> vote)
    {
        vote.ToTable("instruments_votes");
        vote.HasKey(v => new { v.Resolution, v.Iso3 });
        vote.Property(v => v.Resolution).HasMaxLength(32);
        vote.Property(v => v.Iso3).HasMaxLength(3);
        vote.Property(v => v.Vote).HasMaxLength(8);
        vote.Property(v => v.NameAtTheTime).HasMaxLength(200);
        vote.HasIndex(v => v.Iso3);
    }
}
