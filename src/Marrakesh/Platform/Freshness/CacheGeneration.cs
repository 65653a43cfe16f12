using Marrakesh.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Platform.Freshness;

/// <summary>
/// How many times the data behind a cache topic has changed. Written only by <see cref="CacheGenerations"/> (raw SQL, in
/// the transaction of the write that changed the data); not audited: it restates writes the trail already holds.
/// </summary>
public sealed class CacheGeneration : INotAudited
{
    public required string Topic { get; init; }
    public long Generation { get; init; }
    public DateTime ChangedAt { get; init; }
}

internal sealed class CacheGenerationConfiguration : IEntityTypeConfiguration<CacheGeneration>
{
    public const string Table = "platform_cache_generations";

    public void Configure(EntityTypeBuilder<CacheGeneration> generation)
    {
        generation.ToTable(Table);
        generation.HasKey(g => g.Topic);
        generation.Property(g => g.Topic).HasMaxLength(64);
    }
}
