using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// A participating organisation reports a year's expenditure on a programme (provisional); the fund manager may
/// certify it. Reported spending never exceeds what the organisation received.
/// </summary>
public sealed class ReportExpenditure(AppDbContext db, Ledger ledger)
{
    public async Task<ExpenditureOutput> ExecuteAsync(ClaimsPrincipal user, Guid programmeId, ExpenditureInput input, CancellationToken cancellationToken)
    {
        var programme = await db.Set<Programme>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == programmeId, cancellationToken)
            ?? throw new NotFoundException("No programme has this id.");
        var organisation = input.Organisation?.Trim().ToUpperInvariant();
        if (organisation is null || !programme.Organisations.Contains(organisation))
        {
            throw new InvalidInputException("organisation", $"Expenditure is reported by the programme's organisations: {string.Join(", ", programme.Organisations)}.");
        }
        var isManager = user.IsFundManager();
        if (!isManager && !string.Equals(user.Organisation(), organisation, StringComparison.OrdinalIgnoreCase))
        {
            throw new ForbiddenException($"Only {organisation} or the fund manager reports {organisation}'s expenditure.");
        }
        if (input.Certified == true && !isManager)
        {
            throw new ForbiddenException("Only the fund manager certifies expenditure.");
        }
        var year = input.Year is >= 2019 and <= 2100 ? input.Year.Value
            : throw new InvalidInputException("year", "Give the year the money was spent (the fund began in 2019).");
        var amount = input.AmountUsd is >= 0 ? Platform.Web.Money.ToMinor(input.AmountUsd.Value, "amountUsd")
            : throw new InvalidInputException("amountUsd", "Give the amount spent in USD (zero or more).");

        // One report at a time per programme, so two years reported at once cannot together exceed what was received.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ProgrammeLocks.LockAsync(db, programmeId, cancellationToken);
        var row = await db.Set<Expenditure>().FirstOrDefaultAsync(e => e.ProgrammeId == programmeId && e.Organisation == organisation && e.Year == year, cancellationToken);
        if (row is { Certified: true })
        {
            throw new DomainRuleException($"{organisation}'s {year} expenditure is certified; it no longer changes.");
        }
        var otherYears = await db.Set<Expenditure>().Where(e => e.ProgrammeId == programmeId && e.Organisation == organisation && e.Year != year)
            .SumAsync(e => e.AmountMinor, cancellationToken);
        var received = await ledger.BalanceAsync(LedgerAccounts.Organisation(programmeId, organisation), cancellationToken);
        if (otherYears + amount > received)
        {
            throw new DomainRuleException($"{organisation} has received {Usd.Format(received)} USD for this programme; it cannot report spending more.");
        }
        if (row is null)
        {
            row = new Expenditure { ProgrammeId = programmeId, Organisation = organisation, Year = year, ReportedBy = ledger.Actor };
            db.Add(row);
        }
        row.AmountMinor = amount;
        row.ReportedAt = ledger.Now;
        row.ReportedBy = ledger.Actor;
        if (input.Certified == true)
        {
            row.Certified = true;
            row.CertifiedAt = ledger.Now;
            row.CertifiedBy = ledger.Actor;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ExpenditureOutput.From(row);
    }
}

/// <summary>A year's expenditure by one participating organisation.</summary>
/// <param name="Organisation">The organisation (acronym).</param>
/// <param name="Year">The year spent.</param>
/// <param name="AmountUsd">Amount spent in USD.</param>
/// <param name="Certified">True to certify it (fund manager only); certified figures are final.</param>
public sealed record ExpenditureInput(string? Organisation, int? Year, decimal? AmountUsd, bool? Certified);

/// <summary>Reported expenditure.</summary>
/// <param name="Organisation">Who spent it.</param>
/// <param name="Year">When.</param>
/// <param name="AmountUsd">How much.</param>
/// <param name="Provisional">True until certified.</param>
/// <param name="ReportedBy">Who reported it.</param>
/// <param name="CertifiedBy">Who certified it.</param>
public sealed record ExpenditureOutput(string Organisation, int Year, decimal AmountUsd, bool Provisional, string? ReportedBy, string? CertifiedBy)
{
    public static ExpenditureOutput From(Expenditure e) => new(e.Organisation, e.Year, Usd.FromMinor(e.AmountMinor), !e.Certified, e.ReportedBy, e.CertifiedBy);
}
