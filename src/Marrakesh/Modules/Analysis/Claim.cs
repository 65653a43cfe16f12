using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Analysis;

/// <summary>
/// A claim about migration governance, written in the claim language so the record can check it: the policy paper's
/// seed claims (each reading of an ambiguous word its own claim, grouped) and those the secretariat adds.
/// </summary>
public sealed class Claim
{
    /// <summary>A short key: the seed's id (<c>SC02a</c>) or the secretariat's own (<c>eu-rejecters-2018</c>).</summary>
    public required string Id { get; init; }
    public required string Text { get; set; }
    /// <summary>How a word of the claim is read, when readings differ.</summary>
    public string? Reading { get; set; }
    /// <summary>Claims that are readings of one statement share a group, shown side by side.</summary>
    public string? Group { get; set; }
    /// <summary>The checks, as JSON in the claim language (<see cref="ClaimCheck"/>).</summary>
    public required string Checks { get; set; }
    public string? Note { get; set; }
    /// <summary>seed (from Data/analysis_seed_claims.csv) or secretariat.</summary>
    public required string Origin { get; init; }
    /// <summary>For seeds: the reference set's expected verdict and evidence, shown beside ours.</summary>
    public string? ExpectedVerdict { get; set; }
    public string? Evidence { get; set; }
    public DateTime CreatedAt { get; init; }
    public int Version { get; set; } = 1;
}

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> claim)
    {
        claim.ToTable("analysis_claims");
        claim.Property(c => c.Id).HasMaxLength(32);
        claim.Property(c => c.Text).HasMaxLength(1000);
        claim.Property(c => c.Reading).HasMaxLength(500);
        claim.Property(c => c.Group).HasMaxLength(32);
        claim.Property(c => c.Note).HasMaxLength(2000);
        claim.Property(c => c.Origin).HasMaxLength(16);
        claim.Property(c => c.ExpectedVerdict).HasMaxLength(32);
        claim.Property(c => c.Evidence).HasMaxLength(2000);
        claim.Property(c => c.Version).IsConcurrencyToken();
    }
}

/// <summary>How claim checks are written and read as JSON: camelCase, unknown fields refused, nulls left out.</summary>
public static class ClaimJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static string Write(IReadOnlyList<ClaimCheck> checks) => JsonSerializer.Serialize(checks, Options);

    public static List<ClaimCheck> Read(string json) => JsonSerializer.Deserialize<List<ClaimCheck>>(json, Options) ?? [];
}
