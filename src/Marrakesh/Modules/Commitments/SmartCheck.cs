namespace Marrakesh.Modules.Commitments;

/// <summary>
/// Advice, not a gate: what a pledge still lacks to be SMART — a specific action, a measure, a baseline,
/// a target date and someone who answers for it.
/// </summary>
/// <param name="Missing">Keys of what is missing: specific, measure, baseline, target-date, owner.</param>
/// <param name="Advice">One sentence of advice per missing item.</param>
public sealed record SmartCheck(IReadOnlyList<string> Missing, IReadOnlyList<string> Advice)
{
    public static SmartCheck Of(Pledge pledge)
    {
        var gaps = new List<(string Key, string Advice)>();
        if (pledge.Actions.Count == 0)
        {
            gaps.Add(("specific", "Name the specific actions of the objectives you will carry out, e.g. 5a."));
        }
        if (pledge.Measure is null)
        {
            gaps.Add(("measure", "Say how delivery will be measured (an indicator or a deliverable)."));
        }
        if (pledge.Baseline is null)
        {
            gaps.Add(("baseline", "Say where things stand today, so progress can be seen."));
        }
        if (pledge.TargetDate is null)
        {
            gaps.Add(("target-date", "Give the date by which the pledge should be delivered."));
        }
        if (pledge.Responsible is null)
        {
            gaps.Add(("owner", "Name the unit or person who answers for delivering it."));
        }
        return new SmartCheck([.. gaps.Select(g => g.Key)], [.. gaps.Select(g => g.Advice)]);
    }
}
