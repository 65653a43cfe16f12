using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Instruments;

/// <summary>Read-only views of the instruments and positions, shared by the pages and the API. Counts come from the rows.</summary>
public sealed class InstrumentQueries(AppDbContext db, StatesContract states, PublicActors actors, TimeProvider clock)
{
    public async Task<List<InstrumentOutput>> ListAsync(string? asOf, CancellationToken cancellationToken)
    {
        var date = PositionRecords.AsOf(asOf, clock);
        var instruments = await db.Set<Instrument>().AsNoTracking().ToListAsync(cancellationToken);
        var positions = (await PositionRecords.Current(db).ToListAsync(cancellationToken)).ToLookup(p => p.InstrumentKey);
        return [.. instruments.OrderBy(i => i.Adopted.Start ?? DateOnly.MaxValue).ThenBy(i => i.Key, StringComparer.Ordinal)
            .Select(i => Output(i, [.. positions[i.Key]], date, detail: false))];
    }

    public async Task<InstrumentOutput> GetAsync(string key, string? asOf, CancellationToken cancellationToken)
    {
        var date = PositionRecords.AsOf(asOf, clock);
        var instrument = await FindAsync(key, cancellationToken);
        var positions = await PositionRecords.Current(db).Where(p => p.InstrumentKey == instrument.Key).ToListAsync(cancellationToken);
        return Output(instrument, positions, date, detail: true);
    }

    /// <summary>
    /// The instrument's position rows, in date order. With <paramref name="asOf"/>, only acts that had certainly taken
    /// place by then; with <paramref name="history"/>, superseded rows too, each naming the row that corrects it.
    /// </summary>
    public async Task<List<PositionOutput>> PositionsAsync(string key, string? asOf, bool history, ClaimsPrincipal? viewer, CancellationToken cancellationToken)
    {
        var instrument = await FindAsync(key, cancellationToken);
        DateOnly? date = string.IsNullOrWhiteSpace(asOf) ? null : PositionRecords.AsOf(asOf, clock);
        var rows = history
            ? await db.Set<InstrumentPosition>().AsNoTracking().Where(p => p.InstrumentKey == instrument.Key).ToListAsync(cancellationToken)
            : await PositionRecords.Current(db).Where(p => p.InstrumentKey == instrument.Key).ToListAsync(cancellationToken);
        return await OutputsAsync(rows.Where(p => date is null || p.CertainBy <= date), viewer, cancellationToken);
    }

    /// <summary>Every position a State has taken on any instrument, current rows only.</summary>
    public async Task<List<PositionOutput>> StatePositionsAsync(string iso3, ClaimsPrincipal? viewer, CancellationToken cancellationToken)
    {
        var code = await states.RequireExistingAsync(iso3, cancellationToken);
        var rows = await PositionRecords.Current(db).Where(p => p.Iso3 == code).ToListAsync(cancellationToken);
        return await OutputsAsync(rows, viewer, cancellationToken);
    }

    /// <summary>One row with the rows it corrects and that correct it, oldest first.</summary>
    public async Task<List<PositionOutput>> CorrectionChainAsync(string key, long id, ClaimsPrincipal? viewer, CancellationToken cancellationToken)
    {
        var instrument = await FindAsync(key, cancellationToken);
        var rows = await db.Set<InstrumentPosition>().AsNoTracking()
            .Where(p => p.InstrumentKey == instrument.Key).ToListAsync(cancellationToken);
        var byId = rows.ToDictionary(p => p.Id);
        if (!byId.TryGetValue(id, out var row))
        {
            throw new NotFoundException($"The instrument '{instrument.Key}' has no position {id}.");
        }
        var chain = new List<InstrumentPosition> { row };
        while (chain[0].SupersedesId is { } earlier && byId.TryGetValue(earlier, out var previous))
        {
            chain.Insert(0, previous);
        }
        var supersededBy = rows.Where(p => p.SupersedesId is not null).ToDictionary(p => p.SupersedesId!.Value);
        while (supersededBy.TryGetValue(chain[^1].Id, out var next))
        {
            chain.Add(next);
        }
        var outputs = await OutputsAsync(chain, viewer, cancellationToken);
        return [.. outputs.OrderBy(o => chain.FindIndex(c => c.Id == o.Id))];
    }

    public async Task<Instrument> FindAsync(string? key, CancellationToken cancellationToken)
    {
        var wanted = (key ?? "").Trim().ToLowerInvariant();
        return await db.Set<Instrument>().AsNoTracking().FirstOrDefaultAsync(i => i.Key == wanted, cancellationToken)
            ?? throw new NotFoundException($"No instrument has the key '{key}'; GET /api/instruments lists them.");
    }

    private static InstrumentOutput Output(Instrument i, IReadOnlyList<InstrumentPosition> positions, DateOnly asOf, bool detail)
    {
        var standing = PartyStanding.Of(positions, asOf);
        var treaty = i.Kind == "treaty";
        var counted = positions.Where(p => p.CertainBy <= asOf).Select(p => (DateOnly?)p.AsOf).DefaultIfEmpty().Max();
        StatedCountOutput? stated = i.StatedPartyCount is { } count
            ? new(count, i.StatedPartyCountAsOf, i.StatedPartyCountSource,
                PositionRecords.StatedDate(i.StatedPartyCountAsOf) is { } on ? PartyStanding.Of(positions, on).Parties.Count : null)
            : null;
        return new InstrumentOutput(
            i.Key, i.Kind, i.Title, i.ShortName, i.Adopted.ToString(), i.AdoptedPlace, i.AdoptingBody, i.AdoptionInstrument,
            i.EntryIntoForce, i.Depositary, i.DepositaryReference, i.Sources, i.Notes, asOf,
            treaty ? standing.Parties.Count : null, treaty ? null : standing.Parties.Count, standing.Undetermined, counted,
            detail ? standing.Parties : null, stated, i.PositionsCoverage);
    }

    /// <summary>The rows as outputs; who recorded each is named as <see cref="PublicActors"/> lets <paramref name="viewer"/> read it.</summary>
    private async Task<List<PositionOutput>> OutputsAsync(IEnumerable<InstrumentPosition> rows, ClaimsPrincipal? viewer, CancellationToken cancellationToken)
    {
        var list = rows.ToList();
        var name = await actors.NamerAsync(viewer, list.Select(p => p.RecordedBy), cancellationToken);
        var ids = list.Select(p => (long?)p.Id).ToList();
        var corrections = await db.Set<InstrumentPosition>().AsNoTracking().Where(p => ids.Contains(p.SupersedesId))
            .Select(p => new { p.Id, p.SupersedesId }).ToDictionaryAsync(p => p.SupersedesId!.Value, p => p.Id, cancellationToken);
        var names = await states.NamesAsync(cancellationToken);
        return [.. list.OrderBy(p => p.InstrumentKey, StringComparer.Ordinal).ThenBy(p => p.Date ?? p.AsOf).ThenBy(p => p.Id)
            .Select(p => ToOutput(p, names.GetValueOrDefault(p.Iso3, p.Iso3), corrections.TryGetValue(p.Id, out var by) ? by : null) with { RecordedBy = name(p.RecordedBy) })];
    }

    internal static PositionOutput ToOutput(InstrumentPosition p, string state, long? supersededBy) => new(
        p.Id, p.InstrumentKey, p.Iso3, state, p.Kind, p.When.ToString(), p.When.Precision, p.AsOf, p.Source, p.Note,
        p.RecordedBy, p.RecordedAt, p.SupersedesId, p.CorrectionReason, supersededBy);
}
