using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Accounts;

/// <summary>
/// A personal API token. Only its SHA-256 hash is stored: the token is random (256 bits), so a
/// fast hash is enough, and the plain value is shown once, when it is issued.
/// </summary>
public sealed class ApiToken
{
    public const string PlainPrefix = "mkt_";

    public Guid Id { get; init; }
    public required string UserId { get; init; }
    public required string Name { get; init; }
    /// <summary>The first characters of the plain token, so people can tell their tokens apart.</summary>
    public required string Hint { get; init; }
    public required string Hash { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime ExpiresAt { get; init; }
    public DateTime? RevokedAt { get; set; }

    public bool IsActiveAt(DateTime now) => RevokedAt is null && ExpiresAt > now;

    public static string NewPlainValue() =>
        PlainPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string HashOf(string plain) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plain)));
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> token)
    {
        token.ToTable("accounts_api_tokens");
        token.Property(t => t.Name).HasMaxLength(100);
        token.Property(t => t.Hint).HasMaxLength(16);
        token.Property(t => t.Hash).HasMaxLength(64);
        token.HasIndex(t => t.Hash).IsUnique();
        token.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
