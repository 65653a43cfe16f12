using Marrakesh.Platform.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Catalogue;

/// <summary>One of the Compact's 23 objectives (A/RES/73/195, para 16), with its count of lettered actions.</summary>
public sealed class Objective
{
    public int Number { get; set; }
    /// <summary>Stable kebab-case key, e.g. <c>save-lives</c>.</summary>
    public required string Key { get; set; }
    public LocalizedText ShortName { get; set; } = new();
    public LocalizedText Title { get; set; } = new();
    public LocalizedText Summary { get; set; } = new();
    public int ActionsCount { get; set; }

    /// <summary>The letters of the objective's actions: a, b, c … up to <see cref="ActionsCount"/>.</summary>
    public IEnumerable<char> ActionLetters => Enumerable.Range(0, ActionsCount).Select(i => (char)('a' + i));
}

internal sealed class ObjectiveConfiguration : IEntityTypeConfiguration<Objective>
{
    public void Configure(EntityTypeBuilder<Objective> objective)
    {
        objective.ToTable("catalogue_objectives");
        objective.HasKey(o => o.Number);
        objective.Property(o => o.Number).ValueGeneratedNever();
        objective.Property(o => o.Key).HasMaxLength(64);
        objective.HasIndex(o => o.Key).IsUnique();
        objective.ComplexProperty(o => o.ShortName);
        objective.ComplexProperty(o => o.Title);
        objective.ComplexProperty(o => o.Summary);
    }
}
