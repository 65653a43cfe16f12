using System.Globalization;
using Marrakesh.Platform.Errors;

namespace Marrakesh.Platform.Web;

/// <summary>
/// The <c>updatedAfter</c> query value of the open-data lists: a date (<c>2026-01-31</c>, midnight UTC) or a date and time
/// with an offset or Z (<c>2026-01-31T12:00:00Z</c>). Only what changed after it is listed, so a harvester takes deltas.
/// </summary>
public static class UpdatedAfter
{
    public const string Parameter = "updatedAfter";

    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"];

    public static DateTime? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        return DateTimeOffset.TryParseExact(value.Trim(), Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moment)
            ? moment.UtcDateTime
            : throw new InvalidInputException(Parameter, $"'{value}' is not a date; use ISO 8601, e.g. 2026-01-31 or 2026-01-31T12:00:00Z.");
    }
}
