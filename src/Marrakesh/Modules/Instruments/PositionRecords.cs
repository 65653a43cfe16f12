using System.Globalization;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Instruments;

/// <summary>The position rows as they stand: a row another has superseded is history, not the record.</summary>
internal static class PositionRecords
{
    public static IQueryable<InstrumentPosition> Current(AppDbContext db) =>
        db.Set<InstrumentPosition>().AsNoTracking().Where(p => !db.Set<InstrumentPosition>().Any(c => c.SupersedesId == p.Id));

    /// <summary>A query's <c>asOf</c> (yyyy-MM-dd), or today when it is left out.</summary>
    public static DateOnly AsOf(string? value, TimeProvider clock, string field = "asOf")
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        }
        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidInputException(field, $"'{value}' is not a date; use yyyy-MM-dd, e.g. 2018-12-19.");
    }

    /// <summary>A stated as-of wording read as the last day it names (">= 2023-09-26", "2022-10", "2016"); null when it names a range or nothing.</summary>
    public static DateOnly? StatedDate(string? wording)
    {
        var text = wording?.Replace(">=", "", StringComparison.Ordinal).Trim();
        return PartialDate.Parse(text) is { Start: not null } date ? date.End : null;
    }
}
