using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Fund;

/// <summary>The answer given to one caller's request under one Idempotency-Key, replayed when the request is retried.</summary>
public sealed class IdempotencyRecord : Platform.Audit.INotAudited
{
    public required string Caller { get; init; }
    public required string Key { get; init; }
    /// <summary>SHA-256 of the request body: the same key with another body is refused.</summary>
    public required string RequestHash { get; init; }
    /// <summary>The use case's answer as JSON; the endpoint derives its status and Location from it again.</summary>
    public string Body { get; set; } = "";
    public DateTime CreatedAt { get; init; }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> record)
    {
        record.ToTable("fund_idempotency_keys");
        record.HasKey(r => new { r.Caller, r.Key });
        record.Property(r => r.Caller).HasMaxLength(256);
        record.Property(r => r.Key).HasMaxLength(IdempotentWrites.KeyMax);
        record.Property(r => r.RequestHash).HasMaxLength(64);
    }
}
