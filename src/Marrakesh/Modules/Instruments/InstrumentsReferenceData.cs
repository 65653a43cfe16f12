using System.Globalization;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Instruments;

/// <summary>
/// Loads the instruments and the States' positions on them from Modules/Instruments/Data (sources in SOURCES.md).
/// Shipped rows are found again by their reference key, so a refresh adds and updates but never duplicates; a row
/// the secretariat has corrected keeps its correction, which is a row of its own.
/// </summary>
internal sealed class InstrumentsReferenceData(AppDbContext db, StatesContract states, TimeProvider clock) : IReferenceData
{
    public const string RecordedBy = "reference data";
    private const string CurrentIcrmwAsOf = "2023-09-26";

    public string Name => "instruments and positions";

    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        var instruments = await db.Set<Instrument>().ToDictionaryAsync(i => i.Key, cancellationToken);
        foreach (var row in EmbeddedCsv.Read<InstrumentRow>("instruments.csv"))
        {
            var key = InstrumentsVocabulary.Kebab(row.Key);
            if (!instruments.TryGetValue(key, out var instrument))
            {
                instrument = new Instrument { Key = key, Kind = row.Kind, Title = row.Title, ShortName = row.ShortName, Sources = row.Sources };
                db.Add(instrument);
            }
            Apply(instrument, row);
        }

        var known = (await states.NamesAsync(cancellationToken)).Keys.ToHashSet(StringComparer.Ordinal);
        var shipped = await db.Set<InstrumentPosition>().Where(p => p.ReferenceKey != null)
            .ToDictionaryAsync(p => p.ReferenceKey!, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var position in ShippedPositions().Where(p => known.Contains(p.Iso3)))
        {
            if (!shipped.TryGetValue(position.ReferenceKey, out var row))
            {
                db.Add(new InstrumentPosition
                {
                    InstrumentKey = position.Instrument, Iso3 = position.Iso3, Kind = position.Kind, Date = position.Date.Start,
                    DatePrecision = position.Date.Precision, AsOf = position.AsOf, Source = position.Source, Note = position.Note,
                    RecordedBy = RecordedBy, RecordedAt = now, ReferenceKey = position.ReferenceKey,
                });
                continue;
            }
            (row.Kind, row.Date, row.DatePrecision, row.AsOf, row.Source, row.Note) =
                (position.Kind, position.Date.Start, position.Date.Precision, position.AsOf, position.Source, position.Note);
        }
        return await db.SaveChangesAsync(cancellationToken);
    }

    private static void Apply(Instrument instrument, InstrumentRow row)
    {
        var adopted = PartialDate.Parse(row.AdoptedDate) ?? PartialDate.None;
        instrument.Kind = row.Kind;
        instrument.Title = row.Title;
        instrument.ShortName = row.ShortName;
        (instrument.AdoptedOn, instrument.AdoptedPrecision) = (adopted.Start, adopted.Precision);
        instrument.AdoptedPlace = Blank(row.AdoptedPlace);
        instrument.AdoptingBody = Blank(row.AdoptingBody);
        instrument.AdoptionInstrument = Blank(row.AdoptionInstrument);
        instrument.EntryIntoForce = Blank(row.EntryIntoForce) is { } force ? DateOnly.Parse(force, CultureInfo.InvariantCulture) : null;
        instrument.Depositary = Blank(row.Depositary);
        instrument.DepositaryReference = Blank(row.UntcReference);
        instrument.StatedPartyCount = Blank(row.PartyCount) is { } count ? int.Parse(count, CultureInfo.InvariantCulture) : null;
        instrument.StatedPartyCountAsOf = Blank(row.PartyCountAsOf);
        instrument.StatedPartyCountSource = Blank(row.PartyCountSource);
        instrument.PositionsCoverage = Blank(row.PartiesInInstrumentPartiesCsv);
        instrument.Sources = row.Sources;
        instrument.Notes = Blank(row.Notes);
    }

    /// <summary>
    /// Every act the files record: the 2015 UNTC tables (and later additions) first, then what the current ICRMW list
    /// adds. An act of the same kind in the same year as one in the 2015 table is that act, dated exactly there.
    /// </summary>
    internal static IEnumerable<ShippedPosition> ShippedPositions()
    {
        var table = new List<ShippedPosition>();
        foreach (var row in EmbeddedCsv.Read<PartyRow>("instrument_parties.csv").Where(r => !string.IsNullOrWhiteSpace(r.Iso3)))
        {
            var (key, iso3) = (InstrumentsVocabulary.Kebab(row.InstrumentKey), row.Iso3!.Trim());
            var asOf = Day(row.AsOf);
            var note = Blank(row.Note);
            if (Blank(row.SignatureDate) is { } signed)
            {
                table.Add(new($"instrument_parties.csv:{key}:{iso3}:signature", key, iso3, "signature",
                    PartialDate.Parse(signed)!.Value, asOf, row.Source, row.Action == "signature_only" ? note : null));
            }
            if (row.Status == "party")
            {
                var inForce = Blank(row.InForceForState) is { } force ? $"In force for the State from {force}." : null;
                table.Add(new($"instrument_parties.csv:{key}:{iso3}:consent", key, iso3, ConsentKind(row.Action),
                    PartialDate.Parse(row.ConsentDate)!.Value, asOf, row.Source, string.Join(" ", new[] { note, inForce }.OfType<string>()) is { Length: > 0 } n ? n : null));
            }
        }
        foreach (var position in table)
        {
            yield return position;
        }

        var icrmwAsOf = Day(CurrentIcrmwAsOf);
        const string untc = "UNTC MTDSG IV-13 status page copy, current to at least 2023-09-26 (59 parties, 40 signatories)";
        foreach (var row in EmbeddedCsv.Read<IcrmwRow>("icrmw_parties.csv"))
        {
            var source = row.DateSource.StartsWith("UNTC", StringComparison.Ordinal) ? untc : $"{row.DateSource}; party status: {untc}";
            var earlier = table.Where(p => p.Instrument == "icrmw" && p.Iso3 == row.Iso3).ToList();
            if (Blank(row.SignatureDate) is { } signed && !earlier.Any(p => p.Kind == "signature"))
            {
                yield return new($"icrmw_parties.csv:icrmw:{row.Iso3}:signature", "icrmw", row.Iso3, "signature", PartialDate.Parse(signed)!.Value, icrmwAsOf, source, null);
            }
            if (row.Status != "party")
            {
                continue;
            }
            var date = Blank(row.RatificationOrAccessionDate) is { } exact ? PartialDate.Parse(exact)!.Value : PartialDate.Parse(row.RatificationOrAccessionYear)!.Value;
            var kind = Blank(row.Action) is { } action ? ConsentKind(action) : "consent";
            var same = earlier.Any(p => InstrumentsVocabulary.ConsentKinds.Contains(p.Kind) && p.Date.Start?.Year == date.Start?.Year
                && (kind == "consent" || p.Kind == kind));
            if (!same)
            {
                var note = kind == "consent" ? "The source gives the year only, and not whether the State ratified or acceded." : null;
                yield return new($"icrmw_parties.csv:icrmw:{row.Iso3}:consent", "icrmw", row.Iso3, kind, date, icrmwAsOf, source, note);
            }
        }
    }

    private static string ConsentKind(string? action) => Blank(action) switch
    {
        null => "consent",
        "formal_confirmation" or "formal confirmation" => "formal-confirmation",
        var a => a,
    };

    private static DateOnly Day(string text) => DateOnly.ParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal sealed record ShippedPosition(
        string ReferenceKey, string Instrument, string Iso3, string Kind, PartialDate Date, DateOnly AsOf, string Source, string? Note);

    private sealed record InstrumentRow(
        string Key, string Kind, string Title, string ShortName, string? AdoptedDate, string? AdoptedPlace, string? AdoptingBody,
        string? AdoptionInstrument, string? EntryIntoForce, string? Depositary, string? UntcReference, string? PartyCount,
        string? PartyCountAsOf, string? PartyCountSource, string? PartiesInInstrumentPartiesCsv, string Sources, string? Notes);

    private sealed record PartyRow(
        string InstrumentKey, string Country, string? Iso3, string UnMember, string Status, string? SignatureDate,
        string? ConsentDate, string? Action, string? InForceForState, string AsOf, string Source, string? Note);

    private sealed record IcrmwRow(
        string Country, string Iso3, string Status, string? SignatureDate, string? RatificationOrAccessionDate,
        string? RatificationOrAccessionYear, string? Action, string PartyBy20181219, string DateSource);
}
