namespace Marrakesh.Modules.Instruments;

/// <summary>
/// Who stands bound by (or, for soft law, endorses) an instrument on a date, worked out from the position rows alone.
/// An act counts once it certainly took place by the date: a year-only ratification counts from the last day of its
/// year, a month-only one from the last day of its month, one without a date from its record's as-of date. A State
/// whose standing would differ if its imprecise acts fell at the earliest day they could have is "undetermined".
/// </summary>
public sealed record PartyStanding(DateOnly AsOf, IReadOnlyList<string> Parties, IReadOnlyList<string> Undetermined)
{
    public static PartyStanding Of(IEnumerable<InstrumentPosition> current, DateOnly asOf)
    {
        var parties = new List<string>();
        var undetermined = new List<string>();
        foreach (var state in current.GroupBy(p => p.Iso3))
        {
            var certain = StandsAt(state, asOf, p => p.CertainBy);
            var earliest = StandsAt(state, asOf, p => p.Date ?? p.CertainBy);
            if (certain)
            {
                parties.Add(state.Key);
            }
            if (certain != earliest)
            {
                undetermined.Add(state.Key);
            }
        }
        parties.Sort(StringComparer.Ordinal);
        undetermined.Sort(StringComparer.Ordinal);
        return new PartyStanding(asOf, parties, undetermined);
    }

    /// <summary>Whether the State's last joining or leaving act that had taken place by <paramref name="asOf"/> joined.</summary>
    public static bool StandsAt(IEnumerable<InstrumentPosition> positions, DateOnly asOf, Func<InstrumentPosition, DateOnly> happened) =>
        positions.Where(p => (InstrumentsVocabulary.Joins(p.Kind) || InstrumentsVocabulary.Leaves(p.Kind)) && happened(p) <= asOf)
            .OrderBy(happened).ThenBy(p => p.Id)
            .LastOrDefault() is { } last && InstrumentsVocabulary.Joins(last.Kind);
}
