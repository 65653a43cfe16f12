using System.Globalization;

namespace Marrakesh.Modules.Instruments;

/// <summary>
/// A date as precise as its source: a day (<c>2007-01-22</c>), a month (<c>1998-04</c>), a year (<c>2016</c>), or
/// unknown. A year-only ratification stays year-only; it is stored as the period's first day with its precision.
/// </summary>
public readonly record struct PartialDate(DateOnly? Start, string Precision)
{
    public const string Day = "day";
    public const string Month = "month";
    public const string Year = "year";
    public const string Unknown = "unknown";

    public static readonly IReadOnlyList<string> Precisions = [Day, Month, Year, Unknown];

    public static PartialDate None => new(null, Unknown);

    /// <summary>The last day the period covers: the act certainly happened by then. Null when the date is unknown.</summary>
    public DateOnly? End => Start is not { } start ? null : Precision switch
    {
        Year => new DateOnly(start.Year, 12, 31),
        Month => start.AddMonths(1).AddDays(-1),
        _ => start,
    };

    /// <summary>Reads <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>; blank is unknown; anything else is null.</summary>
    public static PartialDate? Parse(string? text)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            return None;
        }
        var (format, precision) = value.Length switch
        {
            4 => ("yyyy", Year),
            7 => ("yyyy-MM", Month),
            10 => ("yyyy-MM-dd", Day),
            _ => ("", Unknown),
        };
        return format.Length > 0 && DateOnly.TryParseExact(value, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new PartialDate(date, precision)
            : null;
    }

    public static PartialDate From(DateOnly? start, string precision) => new(start, start is null ? Unknown : precision);

    /// <summary>The date written only as precisely as it is known; empty when unknown.</summary>
    public override string ToString() => Start is not { } start ? "" : Precision switch
    {
        Year => start.ToString("yyyy", CultureInfo.InvariantCulture),
        Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
