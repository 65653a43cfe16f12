using Marrakesh.Modules.States;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Instruments;

/// <summary>
/// The secretariat corrects a recorded position. The earlier row is kept as it was: the correction is a new row that
/// supersedes it and says why, so anyone can see what the record said before, who changed it and when.
/// </summary>
public sealed class CorrectPosition(InputValidator validator, AppDbContext db, InstrumentQueries queries, StatesContract states, TimeProvider clock, IAuditActor actor)
{
    /// <summary>What was wrong and what the record should say; a field left out keeps the corrected row's value.</summary>
    public sealed record Input
    {
        /// <summary>Why the earlier record was wrong (at most 1,000 characters).</summary>
        [RequiredField, TextLength(1000)]
        public string? Reason { get; init; }

        /// <summary>The act's kind, if it was wrong.</summary>
        [OneOf(typeof(InstrumentsVocabulary), nameof(InstrumentsVocabulary.PositionKinds))]
        public string? Kind { get; init; }

        /// <summary>The act's date (yyyy-MM-dd, yyyy-MM or yyyy), if it was wrong.</summary>
        [PartialDateText]
        public string? Date { get; init; }

        /// <summary>The date the corrected record is current to; today when left out.</summary>
        public DateOnly? AsOf { get; init; }

        /// <summary>The source of the correction (at most 1,000 characters); the earlier source when left out.</summary>
        [TextLength(1000)]
        public string? Source { get; init; }

        /// <summary>Remarks (at most 2,000 characters).</summary>
        [TextLength(2000, MultiLine = true)]
        public string? Note { get; init; }
    }

    public static void Map(RouteGroupBuilder instruments) =>
        instruments.MapPost("/{key}/positions/{id:long}/corrections",
                async Task<Created<PositionOutput>> (string key, long id, Input input, CorrectPosition correct, CancellationToken ct) =>
            {
                var position = await correct.ExecuteAsync(key, id, input, ct);
                return TypedResults.Created($"/api/instruments/{position.Instrument}/positions/{position.Id}/history", position);
            })
            .WithName("CorrectPosition").WithSummary("Correct a recorded position: a new row supersedes it, with the reason (secretariat)");

    public async Task<PositionOutput> ExecuteAsync(string key, long id, Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var instrument = await queries.FindAsync(key, cancellationToken);
        var earlier = await db.Set<InstrumentPosition>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.InstrumentKey == instrument.Key, cancellationToken)
            ?? throw new NotFoundException($"The instrument '{instrument.Key}' has no position {id}.");
        if (await db.Set<InstrumentPosition>().Where(p => p.SupersedesId == id).Select(p => (long?)p.Id).FirstOrDefaultAsync(cancellationToken) is { } later)
        {
            throw new ConflictException($"Position {id} was already corrected by position {later}; correct that one instead.");
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var when = input.Date is null ? earlier.When : PartialDate.Parse(input.Date)!.Value;
        var correction = new InstrumentPosition
        {
            InstrumentKey = earlier.InstrumentKey, Iso3 = earlier.Iso3,
            Kind = OneOfAttribute.Canonical(input.Kind, InstrumentsVocabulary.PositionKinds) ?? earlier.Kind,
            Date = when.Start, DatePrecision = when.Precision, AsOf = input.AsOf ?? today,
            Source = string.IsNullOrWhiteSpace(input.Source) ? earlier.Source : input.Source.Trim(),
            Note = input.Note is null ? earlier.Note : string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            SupersedesId = earlier.Id, CorrectionReason = input.Reason!.Trim(),
            RecordedBy = actor.Name, RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        var others = await PositionRecords.Current(db)
            .Where(p => p.InstrumentKey == earlier.InstrumentKey && p.Iso3 == earlier.Iso3 && p.Id != earlier.Id).ToListAsync(cancellationToken);
        PositionRules.Check(instrument, correction, others, today);
        db.Add(correction);
        await db.SaveChangesAsync(cancellationToken);
        return InstrumentQueries.ToOutput(correction, await states.NameAsync(earlier.Iso3, cancellationToken), null);
    }
}
