using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// One balanced posting: its entries sum to zero. Transactions and entries are append-only (database triggers
/// refuse updates and deletes); a mistake is corrected by a reversing transaction.
/// </summary>
public sealed class LedgerTransaction
{
    public long Id { get; init; }
    public required string Kind { get; init; }
    /// <summary>The value date: when the money moved.</summary>
    public DateOnly Date { get; init; }
    public DateTime RecordedAt { get; init; }
    public required string RecordedBy { get; init; }
    public Guid? ProgrammeId { get; init; }
    public Guid? ContributionId { get; init; }
    /// <summary>For a transfer: the participating organisation that received the money.</summary>
    public string? Organisation { get; init; }
    /// <summary>For a reversal: the transaction it undoes (each can be undone once).</summary>
    public long? ReversesId { get; init; }
    public string? Memo { get; init; }
    public List<LedgerEntry> Entries { get; init; } = [];
}

/// <summary>One leg of a transaction: US cents into (positive) or out of (negative) an account.</summary>
public sealed class LedgerEntry : Platform.Audit.INotAudited
{
    public long Id { get; init; }
    public long TransactionId { get; init; }
    public required string Account { get; init; }
    public long AmountMinor { get; init; }
}

/// <summary>
/// The running balance of each account, kept in step with the entries in the same transaction. Guarded
/// updates on it are what refuse to take any pool or programme below zero, even under concurrent requests.
/// </summary>
public sealed class AccountBalance
{
    public required string Account { get; init; }
    public long BalanceMinor { get; init; }
}

internal sealed class LedgerTransactionConfiguration : IEntityTypeConfiguration<LedgerTransaction>
{
    public void Configure(EntityTypeBuilder<LedgerTransaction> transaction)
    {
        transaction.ToTable("fund_ledger_transactions");
        transaction.Property(t => t.Kind).HasMaxLength(16);
        transaction.Property(t => t.RecordedBy).HasMaxLength(256);
        transaction.Property(t => t.Organisation).HasMaxLength(32);
        transaction.Property(t => t.Memo).HasMaxLength(1000);
        transaction.HasIndex(t => t.ProgrammeId);
        transaction.HasIndex(t => t.ReversesId).IsUnique();
        transaction.HasMany(t => t.Entries).WithOne().HasForeignKey(e => e.TransactionId).OnDelete(DeleteBehavior.Restrict);
        transaction.HasOne<LedgerTransaction>().WithMany().HasForeignKey(t => t.ReversesId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> entry)
    {
        entry.ToTable("fund_ledger_entries");
        entry.Property(e => e.Account).HasMaxLength(100);
        entry.HasIndex(e => new { e.Account, e.AmountMinor });
        entry.HasIndex(e => e.TransactionId);
    }
}

internal sealed class AccountBalanceConfiguration : IEntityTypeConfiguration<AccountBalance>
{
    public void Configure(EntityTypeBuilder<AccountBalance> balance)
    {
        balance.ToTable("fund_account_balances");
        balance.HasKey(b => b.Account);
        balance.Property(b => b.Account).HasMaxLength(100);
    }
}
