using System.Globalization;
using CsvHelper;
using Marrakesh.Platform.Text;

namespace Marrakesh.Modules.Instruments;

/// <summary>The instruments module's lists as CSV: the same rows as the JSON, one per line, cells made inert for spreadsheets.</summary>
internal static class InstrumentsCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Instruments(IEnumerable<InstrumentOutput> instruments) => Write(
        ["key", "kind", "short_name", "title", "adopted", "entry_into_force", "as_of", "party_count", "endorsing_count", "undetermined",
            "records_current_to", "stated_party_count", "stated_as_of", "stated_source", "computed_for_stated_date"],
        instruments.Select(i => new object?[]
        {
            i.Key, i.Kind, i.ShortName, i.Title, i.Adopted, i.EntryIntoForce, i.AsOf, i.PartyCount, i.EndorsingCount, i.Undetermined.Count,
            i.RecordsCurrentTo, i.StatedPartyCount?.Count, i.StatedPartyCount?.AsOf, i.StatedPartyCount?.Source, i.StatedPartyCount?.Computed,
        }));

    public static byte[] Positions(IEnumerable<PositionOutput> positions) => Write(
        ["id", "instrument", "iso3", "state", "kind", "date", "date_precision", "as_of", "source", "note", "recorded_by", "recorded_at",
            "supersedes", "correction_reason", "superseded_by"],
        positions.Select(p => new object?[]
        {
            p.Id, p.Instrument, p.Iso3, p.State, p.Kind, p.Date, p.DatePrecision, p.AsOf, p.Source, p.Note, p.RecordedBy,
            p.RecordedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), p.Supersedes, p.CorrectionReason, p.SupersededBy,
        }));

    public static byte[] Votes(VoteOutput vote) => Write(
        ["resolution", "iso3", "state", "vote", "name_at_the_time"],
        vote.Items.Select(v => new object?[] { vote.Resolution, v.Iso3, v.State, v.Vote, v.NameAtTheTime }));

    public static byte[] Adoption(AdoptionOutput adoption) => Write(
        ["iso3", "state", "marrakesh_status", "note", "date", "sources"],
        adoption.Items.Select(a => new object?[] { a.Iso3, a.State, a.Status, a.Note, a.Date, a.Sources }));

    private static byte[] Write(string[] header, IEnumerable<object?[]> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var name in header)
            {
                csv.WriteField(name);
            }
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(CsvCell.Inert(cell switch
                    {
                        null => "",
                        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        _ => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "",
                    }));
                }
                csv.NextRecord();
            }
        }
        return System.Text.Encoding.UTF8.GetBytes(text.ToString());
    }
}
