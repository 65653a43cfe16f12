using Marrakesh.Platform.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Catalogue;

/// <summary>One of the ten cross-cutting guiding principles (A/RES/73/195, para 15 (a)–(j)).</summary>
public sealed class GuidingPrinciple
{
    /// <summary>Kebab-case key, e.g. <c>whole-of-society</c>.</summary>
    public required string Key { get; set; }
    /// <summary>The letter of para 15 that states the principle.</summary>
    public required string Letter { get; set; }
    public LocalizedText Name { get; set; } = new();
    public LocalizedText Summary { get; set; } = new();
}

internal sealed class GuidingPrincipleConfiguration : IEntityTypeConfiguration<GuidingPrinciple>
{
    public void Configure(EntityTypeBuilder<GuidingPrinciple> principle)
    {
        principle.ToTable("catalogue_guiding_principles");
        principle.HasKey(p => p.Key);
        principle.Property(p => p.Key).HasMaxLength(64);
        principle.Property(p => p.Letter).HasMaxLength(1);
        principle.ComplexProperty(p => p.Name);
        principle.ComplexProperty(p => p.Summary);
    }
}
