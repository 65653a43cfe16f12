using Marrakesh.Modules.States;

namespace Marrakesh.Modules.Reviews;

/// <summary>The Compact's own calendar of reviews, from which the cycles are generated.</summary>
public static class ReviewRhythm
{
    /// <summary>GCM para 49: a Forum every four years from 2022.</summary>
    public const int FirstForum = 2022;
    /// <summary>GCM para 50: regional reviews every four years from 2020, between Forums.</summary>
    public const int FirstRegionalRound = 2020;
    /// <summary>GCM para 46: a report every two years; the first came out on 1 December 2020.</summary>
    public const int FirstSgReport = 2020;

    /// <summary>Every cycle from the first up to <paramref name="lastYear"/>.</summary>
    public static IEnumerable<(string Id, string Kind, int Year, string? Commission)> Until(int lastYear)
    {
        for (var year = FirstRegionalRound; year <= lastYear; year++)
        {
            if (year >= FirstSgReport && (year - FirstSgReport) % 2 == 0)
            {
                yield return ($"sg-report-{year}", ReviewCycleKinds.SgReport, year, null);
            }
            if (year >= FirstRegionalRound && (year - FirstRegionalRound) % 4 == 0)
            {
                foreach (var commission in StatesContract.RegionalCommissions)
                {
                    yield return ($"regional-{commission.ToLowerInvariant()}-{year}", ReviewCycleKinds.Regional, year, commission);
                }
            }
            if (year >= FirstForum && (year - FirstForum) % 4 == 0)
            {
                yield return ($"imrf-{year}", ReviewCycleKinds.Imrf, year, null);
            }
        }
    }
}
