using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// One of the fund's five thematic areas. Which objectives it covers is set by the secretariat with its source;
/// the shipped names are unverified paraphrases (see Data/SOURCES.md).
/// </summary>
public sealed class ThematicArea
{
    public int Number { get; init; }
    public required string Name { get; set; }
    /// <summary>How far the shipped name has been checked, as the reference file says.</summary>
    public required string Verified { get; set; }
    public List<int> Objectives { get; set; } = [];
    /// <summary>Where the objective mapping comes from; null until the secretariat sets one.</summary>
    public string? ObjectivesSource { get; set; }
    public DateTime? MappedAt { get; set; }
    public string? MappedBy { get; set; }
}

internal sealed class ThematicAreaConfiguration : IEntityTypeConfiguration<ThematicArea>
{
    public void Configure(EntityTypeBuilder<ThematicArea> area)
    {
        area.ToTable("fund_thematic_areas");
        area.HasKey(a => a.Number);
        area.Property(a => a.Number).ValueGeneratedNever();
        area.Property(a => a.Name).HasMaxLength(200);
        area.Property(a => a.Verified).HasMaxLength(200);
        area.Property(a => a.ObjectivesSource).HasMaxLength(500);
        area.Property(a => a.MappedBy).HasMaxLength(256);
    }
}
