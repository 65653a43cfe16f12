using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Instruments;

/// <summary>
/// What other modules may ask of the instruments module: how a State voted, whether it stood bound by an instrument
/// on a date, and its record at Marrakesh. Every answer comes from the rows, never from a stored total.
/// </summary>
public sealed class InstrumentsContract(AppDbContext db)
{
    /// <summary>The resolution that endorsed the Compact.</summary>
    public const string CompactResolution = VotesReferenceData.Resolution;

    /// <summary>Each State's vote (yes, no, abstain, absent) on a resolution (<c>A/RES/73/195</c> or <c>A-RES-73-195</c>), by ISO3; empty when none is recorded.</summary>
    public async Task<IReadOnlyDictionary<string, string>> VotesAsync(string resolution, CancellationToken cancellationToken)
    {
        var symbol = StatedRecords.FindResolution(resolution)?.Symbol;
        return symbol is null
            ? new Dictionary<string, string>()
            : await db.Set<RecordedVote>().AsNoTracking().Where(v => v.Resolution == symbol)
                .ToDictionaryAsync(v => v.Iso3, v => v.Vote, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>How a State voted on a resolution; null when it has no row (an observer State, or no record).</summary>
    public async Task<string?> VoteOfAsync(string resolution, string iso3, CancellationToken cancellationToken) =>
        (await VotesAsync(resolution, cancellationToken)).GetValueOrDefault(iso3.ToUpperInvariant());

    /// <summary>The States bound by (or, for soft law, endorsing) an instrument on a date, and those whose standing depends on an imprecise date.</summary>
    public async Task<Standing> StandingAsync(string instrumentKey, DateOnly date, CancellationToken cancellationToken)
    {
        var key = instrumentKey.Trim().ToLowerInvariant();
        var positions = await PositionRecords.Current(db).Where(p => p.InstrumentKey == key).ToListAsync(cancellationToken);
        var standing = PartyStanding.Of(positions, date);
        var currentTo = positions.Select(p => (DateOnly?)p.AsOf).DefaultIfEmpty().Max();
        return new Standing(key, date, standing.Parties.ToHashSet(StringComparer.Ordinal), standing.Undetermined, currentTo);
    }

    /// <summary>Whether a State stood bound by an instrument on a date (its act certainly done by then; see <see cref="PartyStanding"/>).</summary>
    public async Task<bool> IsPartyAsOfAsync(string iso3, string instrumentKey, DateOnly date, CancellationToken cancellationToken)
    {
        var (code, key) = (iso3.Trim().ToUpperInvariant(), instrumentKey.Trim().ToLowerInvariant());
        var positions = await PositionRecords.Current(db).Where(p => p.InstrumentKey == key && p.Iso3 == code).ToListAsync(cancellationToken);
        return PartyStanding.StandsAt(positions, date, p => p.CertainBy);
    }

    /// <summary>The known instrument keys.</summary>
    public Task<List<string>> InstrumentKeysAsync(CancellationToken cancellationToken) =>
        db.Set<Instrument>().OrderBy(i => i.Key).Select(i => i.Key).ToListAsync(cancellationToken);

    /// <summary>Each State's record at Marrakesh, by ISO3; a State without a row is <c>unknown</c> (use <see cref="MarrakeshStatusOf"/>).</summary>
    public async Task<IReadOnlyDictionary<string, string>> MarrakeshStatusesAsync(CancellationToken cancellationToken) =>
        await db.Set<AdoptionRecord>().AsNoTracking().ToDictionaryAsync(r => r.Iso3, r => r.Status, StringComparer.Ordinal, cancellationToken);

    /// <summary>Each sourced State's record at Marrakesh with the sources that give it, by ISO3.</summary>
    public async Task<IReadOnlyDictionary<string, (string Status, string Sources)>> MarrakeshRecordsAsync(CancellationToken cancellationToken) =>
        await db.Set<AdoptionRecord>().AsNoTracking()
            .ToDictionaryAsync(r => r.Iso3, r => (r.Status, r.Sources), StringComparer.Ordinal, cancellationToken);

    public static string MarrakeshStatusOf(IReadOnlyDictionary<string, string> statuses, string iso3) =>
        statuses.GetValueOrDefault(iso3.ToUpperInvariant()) ?? "unknown";

    /// <summary>How many States adopted the Compact at Marrakesh as the sources state it (164), with the source; the State list is incomplete.</summary>
    public static (int Count, string Source) MarrakeshAdoptersStated =>
        (StatedRecords.Marrakesh.AdoptingStatesStated, StatedRecords.Marrakesh.AdoptingStatesSource);

    /// <summary>Who stood bound by an instrument on a date, and how current the rows are.</summary>
    /// <param name="Instrument">The instrument's key.</param>
    /// <param name="AsOf">The date asked about.</param>
    /// <param name="Parties">ISO3 codes of the States whose joining act certainly took place by the date, not undone by then.</param>
    /// <param name="Undetermined">States whose standing would differ if an act known only to its year or month fell on its period's first day.</param>
    /// <param name="RecordsCurrentTo">The latest as-of date of the instrument's rows: nothing later is recorded.</param>
    public sealed record Standing(string Instrument, DateOnly AsOf, IReadOnlySet<string> Parties, IReadOnlyList<string> Undetermined, DateOnly? RecordsCurrentTo);
}
