using System.Globalization;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Instruments;

/// <summary>A date written yyyy, yyyy-MM or yyyy-MM-dd: as precisely as the source gives it.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class PartialDateTextAttribute : ValueRuleAttribute
{
    protected override string? Problem(object value) =>
        PartialDate.Parse((string)value) is { Start: not null }
            ? null
            : $"'{value}' is not a date; write it as precisely as the source gives it: yyyy-MM-dd, yyyy-MM or yyyy.";
}

/// <summary>
/// The rules a State's position must keep against the instrument and the State's other positions on it. Each names
/// the field at fault (422); nothing is stored when one fails.
/// </summary>
internal static class PositionRules
{
    public static void Check(Instrument instrument, InstrumentPosition candidate, IReadOnlyList<InstrumentPosition> others, DateOnly today)
    {
        var when = candidate.When;
        if (when.Start > today)
        {
            throw new DomainRuleException($"The date {when} is in the future; record an act once it has taken place.", "date");
        }
        if (instrument.Adopted.Start is { } adopted && when.End < adopted)
        {
            throw new DomainRuleException(
                $"The date {when} is before the instrument was adopted ({instrument.Adopted}); no State can act on it before then.", "date");
        }
        if (candidate.AsOf > today)
        {
            throw new DomainRuleException($"The record cannot be current to a future date ({Day(candidate.AsOf)}).", "asOf");
        }
        if (when.Start > candidate.AsOf)
        {
            throw new DomainRuleException($"The record is current to {Day(candidate.AsOf)}, before the act it records ({when}).", "asOf");
        }
        CheckSequence(candidate, others);
    }

    /// <summary>A State joins once until it leaves: no second ratification without a withdrawal between, no withdrawal while not bound.</summary>
    private static void CheckSequence(InstrumentPosition candidate, IReadOnlyList<InstrumentPosition> others)
    {
        if (!InstrumentsVocabulary.Joins(candidate.Kind) && !InstrumentsVocabulary.Leaves(candidate.Kind))
        {
            return;
        }
        var timeline = others.Append(candidate)
            .Where(p => InstrumentsVocabulary.Joins(p.Kind) || InstrumentsVocabulary.Leaves(p.Kind))
            .OrderBy(p => p.Date ?? p.AsOf).ThenBy(p => p.Id == 0 ? long.MaxValue : p.Id).ToList();
        var bound = false;
        InstrumentPosition? previous = null;
        foreach (var act in timeline)
        {
            var joins = InstrumentsVocabulary.Joins(act.Kind);
            // Only a clash the new record takes part in is its fault; the record it lands beside is named.
            if (joins == bound && (act == candidate || previous == candidate))
            {
                var other = act == candidate ? previous : act;
                throw new DomainRuleException(joins
                    ? $"The State is already bound by a {other?.Kind} ({other?.When}, record #{other?.Id}) with no withdrawal or denunciation between; record the withdrawal first, or correct the earlier record."
                    : "The State is not bound by the instrument at that date, so there is nothing to withdraw from or denounce.", "kind");
            }
            bound = joins;
            previous = act;
        }
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
