using Marrakesh.Modules.States;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Instruments;

/// <summary>The secretariat records a State's act on an instrument (a signature, a ratification, a withdrawal...), with its source.</summary>
public sealed class RecordPosition(InputValidator validator, AppDbContext db, InstrumentQueries queries, StatesContract states, TimeProvider clock, IAuditActor actor)
{
    /// <summary>A State's act on an instrument.</summary>
    public sealed record Input
    {
        /// <summary>The State's ISO 3166-1 alpha-3 code.</summary>
        [RequiredField, StatesContract.State]
        public string? State { get; init; }

        /// <summary>signature, ratification, accession, succession, acceptance, approval, formal-confirmation, consent, endorsement, vote, withdrawal, denunciation or reservation.</summary>
        [RequiredField, OneOf(typeof(InstrumentsVocabulary), nameof(InstrumentsVocabulary.PositionKinds))]
        public string? Kind { get; init; }

        /// <summary>When the act took place, as precisely as the source gives it: yyyy-MM-dd, yyyy-MM or yyyy.</summary>
        [RequiredField, PartialDateText]
        public string? Date { get; init; }

        /// <summary>The date the source's record is current to (yyyy-MM-dd); today when left out.</summary>
        public DateOnly? AsOf { get; init; }

        /// <summary>Where the act is recorded, e.g. the depositary's status page with its date (at most 1,000 characters).</summary>
        [RequiredField, TextLength(1000)]
        public string? Source { get; init; }

        /// <summary>Remarks, e.g. the text of a reservation (at most 2,000 characters).</summary>
        [TextLength(2000, MultiLine = true)]
        public string? Note { get; init; }
    }

    public static void Map(RouteGroupBuilder instruments) =>
        instruments.MapPost("/{key}/positions", async Task<Created<PositionOutput>> (string key, Input input, RecordPosition record, CancellationToken ct) =>
            {
                var position = await record.ExecuteAsync(key, input, ct);
                return TypedResults.Created($"/api/instruments/{position.Instrument}/positions/{position.Id}/history", position);
            })
            .WithName("RecordPosition").WithSummary("Record a State's act on an instrument, with its date and source (secretariat)");

    public async Task<PositionOutput> ExecuteAsync(string key, Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var instrument = await queries.FindAsync(key, cancellationToken);
        var iso3 = await states.RequireStateAsync(input.State, "state", cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var when = PartialDate.Parse(input.Date)!.Value;
        var position = new InstrumentPosition
        {
            InstrumentKey = instrument.Key, Iso3 = iso3, Kind = OneOfAttribute.Canonical(input.Kind, InstrumentsVocabulary.PositionKinds)!,
            Date = when.Start, DatePrecision = when.Precision, AsOf = input.AsOf ?? today, Source = input.Source!.Trim(),
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            RecordedBy = actor.Name, RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        var others = await PositionRecords.Current(db).Where(p => p.InstrumentKey == instrument.Key && p.Iso3 == iso3).ToListAsync(cancellationToken);
        PositionRules.Check(instrument, position, others, today);
        db.Add(position);
        await db.SaveChangesAsync(cancellationToken);
        return InstrumentQueries.ToOutput(position, await states.NameAsync(iso3, cancellationToken), null);
    }
}
