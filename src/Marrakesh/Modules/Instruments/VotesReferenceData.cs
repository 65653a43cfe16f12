using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Instruments;

/// <summary>
/// Loads the recorded vote on A/RES/73/195 and the Marrakesh conference's adoption record from
/// Modules/Instruments/Data (sources in SOURCES.md). The vote rows are the one record of how each State voted.
/// </summary>
internal sealed class VotesReferenceData(AppDbContext db, StatesContract states) : IReferenceData
{
    public const string Resolution = "A/RES/73/195";

    public string Name => "votes and the Marrakesh adoption record";

    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        var known = (await states.NamesAsync(cancellationToken)).Keys.ToHashSet(StringComparer.Ordinal);
        var votes = await db.Set<RecordedVote>().Where(v => v.Resolution == Resolution).ToDictionaryAsync(v => v.Iso3, cancellationToken);
        foreach (var row in EmbeddedCsv.Read<VoteRow>("ga_vote_73_195.csv").Where(r => known.Contains(r.Iso3)))
        {
            if (!votes.TryGetValue(row.Iso3, out var vote))
            {
                vote = new RecordedVote { Resolution = Resolution, Iso3 = row.Iso3, Vote = row.Vote };
                db.Add(vote);
            }
            vote.Vote = row.Vote;
            vote.NameAtTheTime = string.IsNullOrWhiteSpace(row.NameNote2018) ? null : row.NameNote2018.Trim();
        }

        var records = await db.Set<AdoptionRecord>().ToDictionaryAsync(r => r.Iso3, cancellationToken);
        foreach (var row in EmbeddedCsv.Read<AdoptionRow>("marrakesh_adoption.csv").Where(r => known.Contains(r.Iso3)))
        {
            if (!records.TryGetValue(row.Iso3, out var record))
            {
                record = new AdoptionRecord { Iso3 = row.Iso3, Status = row.MarrakeshStatus, Sources = row.Sources };
                db.Add(record);
            }
            record.Status = row.MarrakeshStatus;
            record.Note = string.IsNullOrWhiteSpace(row.Note) ? null : row.Note.Trim();
            record.Date = string.IsNullOrWhiteSpace(row.Date) ? null : row.Date.Trim();
            record.Sources = row.Sources;
        }
        return await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record VoteRow(string Country, string Iso3, string Vote, string? NameNote2018);

    private sealed record AdoptionRow(string Country, string Iso3, string MarrakeshStatus, string? Note, string? Date, string Sources);
}
