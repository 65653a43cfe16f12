using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Instruments;

/// <summary>The recorded votes and the Marrakesh adoption record, with every total counted from the rows.</summary>
public sealed class VoteQueries(AppDbContext db, StatesContract states)
{
    public async Task<VoteOutput> VoteAsync(string? resolution, CancellationToken cancellationToken)
    {
        var found = StatedRecords.FindResolution(resolution)
            ?? throw new NotFoundException($"No recorded vote for '{resolution}'; known: {string.Join(", ", StatedRecords.Resolutions.Select(r => r.Slug))}.");
        var rows = await db.Set<RecordedVote>().AsNoTracking().Where(v => v.Resolution == found.Symbol).ToListAsync(cancellationToken);
        var names = await states.NamesAsync(cancellationToken);
        var items = rows.Select(v => new VoteItemOutput(v.Iso3, names.GetValueOrDefault(v.Iso3, v.Iso3), v.Vote, v.NameAtTheTime))
            .OrderBy(v => v.State, StringComparer.InvariantCulture).ToList();
        int Count(string vote) => rows.Count(r => r.Vote == vote);
        return new VoteOutput(
            found.Symbol, found.Slug, found.AdoptedDate, found.Title, found.Draft, found.InstrumentKey, items, items.Count,
            new VoteTotalsOutput(Count("yes"), Count("no"), Count("abstain"), Count("absent"), rows.Count),
            new StatedTotalsOutput(found.StatedYes, found.StatedNo, found.StatedAbstain, found.StatedAbsent, found.StatedSource),
            found.Sources);
    }

    /// <summary>
    /// Every UN Member State (the States with a row in the vote on A/RES/73/195) with what the sources say of it at
    /// Marrakesh; States no source names are <c>unknown</c>.
    /// </summary>
    public async Task<AdoptionOutput> MarrakeshAsync(CancellationToken cancellationToken)
    {
        var members = await db.Set<RecordedVote>().AsNoTracking().Where(v => v.Resolution == VotesReferenceData.Resolution)
            .Select(v => v.Iso3).ToListAsync(cancellationToken);
        var records = await db.Set<AdoptionRecord>().AsNoTracking().ToDictionaryAsync(r => r.Iso3, cancellationToken);
        var names = await states.NamesAsync(cancellationToken);
        var items = members.Union(records.Keys).Select(iso3 => records.TryGetValue(iso3, out var r)
                ? new AdoptionItemOutput(iso3, names.GetValueOrDefault(iso3, iso3), r.Status, r.Note, r.Date, r.Sources)
                : new AdoptionItemOutput(iso3, names.GetValueOrDefault(iso3, iso3), "unknown", null, null, null))
            .OrderBy(i => i.State, StringComparer.InvariantCulture).ToList();
        var counts = InstrumentsVocabulary.AdoptionStatuses.ToDictionary(s => s, s => items.Count(i => i.Status == s));
        var conference = StatedRecords.Marrakesh;
        return new AdoptionOutput(conference.Date, conference.Place, items, items.Count, counts,
            new StatedFigureOutput(conference.AdoptingStatesStated, conference.AdoptingStatesSource),
            new StatedFigureOutput(conference.NonParticipantsStated, conference.NonParticipantsSource), conference.Note);
    }
}
