using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Fund;

/// <summary>
/// A participating organisation reports a year's expenditure on a programme (provisional); the fund manager may
/// certify it. Reported spending never exceeds what the organisation received.
/// </summary>
public sealed class ReportExpenditure(IdempotentWrites writes, InputValidator validator, Guard guard, AppDbContext db, Ledger ledger)
{
    /// <summary>A year's expenditure by one participating organisation.</summary>
    public sealed record Input
    {
        /// <summary>The organisation (acronym).</summary>
        [RequiredField, UnAcronym]
        public string? Organisation { get; init; }

        /// <summary>The year spent (the fund began in 2019).</summary>
        [RequiredField, Between(FundVocabulary.FirstYear, 2100)]
        public int? Year { get; init; }

        /// <summary>Amount spent in USD: at least one cent (a year without spending is not reported).</summary>
        [RequiredField, Amount]
        public decimal? AmountUsd { get; init; }

        /// <summary>True to certify it (fund manager only); certified figures are final.</summary>
        public bool? Certified { get; init; }
    }

    public static void Map(RouteGroupBuilder fund) =>
        fund.MapPost("/programmes/{id:guid}/expenditure", async Task<Ok<ExpenditureOutput>> (
            Guid id, Input input, ClaimsPrincipal user, ReportExpenditure report, CancellationToken ct) =>
            TypedResults.Ok(await report.ExecuteAsync(user, id, input, ct)))
            .WithName("ReportExpenditure")
            .WithSummary("A participating organisation reports a year's expenditure (provisional until the fund manager certifies it)")
            .RequireAuthorization(Policies.ApiCaller).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public async Task<ExpenditureOutput> ExecuteAsync(ClaimsPrincipal user, Guid programmeId, Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var programme = await db.Set<Programme>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == programmeId, cancellationToken)
            ?? throw new NotFoundException("No programme has this id.");
        var organisation = input.Organisation!.Trim().ToUpperInvariant();
        if (!programme.Organisations.Contains(organisation))
        {
            throw new InvalidInputException("organisation", $"Expenditure is reported by the programme's organisations: {string.Join(", ", programme.Organisations)}.");
        }
        await guard.RequireAsync(user, new ExpenditureReport(organisation, input.Certified == true), FundPermissions.ReportExpenditure);
        var (year, amount) = (input.Year!.Value, (long)(input.AmountUsd!.Value * 100));
        var written = await writes.RunAsync(null, input, c => RecordAsync(programmeId, organisation, year, amount, input.Certified == true, c), cancellationToken);
        return written.Output;
    }

    private async Task<ExpenditureOutput> RecordAsync(Guid programmeId, string organisation, int year, long amount, bool certify, CancellationToken cancellationToken)
    {
        // One report at a time per programme, so two years reported at once cannot together exceed what was received.
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
        if (certify)
        {
            row.Certified = true;
            row.CertifiedAt = ledger.Now;
            row.CertifiedBy = ledger.Actor;
        }
        await db.SaveChangesAsync(cancellationToken);
        return ExpenditureOutput.From(row);
    }
}

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
