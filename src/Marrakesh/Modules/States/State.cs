using Marrakesh.Platform.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.States;

/// <summary>A UN Member State or observer State, with its codes, M49 region and memberships.</summary>
public sealed class State
{
    /// <summary>ISO 3166-1 alpha-3, upper case; the key everywhere in Marrakesh.</summary>
    public required string Iso3 { get; set; }
    public required string Iso2 { get; set; }
    /// <summary>UN M49 numeric code as the UN writes it, three digits with leading zeros.</summary>
    public required string M49 { get; set; }
    public LocalizedText Name { get; set; } = new();
    public required string Region { get; set; }
    public required string SubRegion { get; set; }
    public string? IntermediateRegion { get; set; }
    /// <summary>False for the two observer States, the Holy See and the State of Palestine.</summary>
    public bool UnMember { get; set; }
    /// <summary>Grouping codes (<see cref="StateGroupings"/>), e.g. <c>oecd</c>, <c>eu</c>, <c>au</c>.</summary>
    public List<string> Groupings { get; set; } = [];
    /// <summary>UN regional economic commissions the State belongs to, e.g. <c>ECA</c>, <c>ESCWA</c>.</summary>
    public List<string> RegionalCommissions { get; set; } = [];
}

internal sealed class StateConfiguration : IEntityTypeConfiguration<State>
{
    public void Configure(EntityTypeBuilder<State> state)
    {
        state.ToTable("states_states");
        state.HasKey(s => s.Iso3);
        state.Property(s => s.Iso3).HasMaxLength(3);
        state.Property(s => s.Iso2).HasMaxLength(2);
        state.Property(s => s.M49).HasMaxLength(3);
        state.HasIndex(s => s.Iso2).IsUnique();
        state.HasIndex(s => s.M49).IsUnique();
        state.Property(s => s.Region).HasMaxLength(64);
        state.Property(s => s.SubRegion).HasMaxLength(64);
        state.Property(s => s.IntermediateRegion).HasMaxLength(64);
        state.ComplexProperty(s => s.Name);
    }
}
