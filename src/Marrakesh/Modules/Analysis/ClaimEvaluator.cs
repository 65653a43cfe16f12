namespace Marrakesh.Modules.Analysis;

/// <summary>
/// Decides a claim's checks over the fact book, in three values: each State is in a selection, out of it, or unknown
/// when the record cannot say. A verdict is given only when every unknown could not change it (docs/adr/0017).
/// </summary>
public sealed class ClaimEvaluator(StateFactBook book, Func<int?, ProfilesOutput?> profiles)
{
    public CheckResult Evaluate(ClaimCheck check)
    {
        if (check.About == "network-members")
        {
            return NetworkCount(check.Compare!);
        }
        var except = new HashSet<string>(check.Except?.Select(e => e.ToUpperInvariant()) ?? [], StringComparer.Ordinal);
        var select = check.Select is null ? (_ => true) : Selector(check.Select);
        var test = check.Test is null ? (_ => true) : Selector(check.Test);
        return check.Quantifier switch
        {
            "all" => Universal(select, test, except),
            "none" => Universal(select, s => Not(test(s)), except),
            "count" => Count(select, test, except, check.Compare!),
            _ => Share(select, test, except, check.Compare!),
        };
    }

    private CheckResult Universal(Func<StateFact, bool?> select, Func<StateFact, bool?> test, HashSet<string> except)
    {
        List<string> holds = [], breaks = [], undecided = [];
        foreach (var state in book.States.Where(s => !except.Contains(s.Iso3)))
        {
            var (selected, passes) = (select(state), test(state));
            if (selected == false || (selected is null && passes == true))
            {
                continue;
            }
            (selected == true && passes == true ? holds : selected == true && passes == false ? breaks : undecided).Add(state.Iso3);
        }
        // The claim's own exceptions are borne out when the record has them selected and failing the test.
        var notBorneOut = except.Order(StringComparer.Ordinal)
            .Where(e => !book.ByIso3.TryGetValue(e, out var s) || select(s) != true || test(s) != false).ToList();
        var excepted = except.Except(notBorneOut).Order(StringComparer.Ordinal).ToList();
        var verdict = breaks.Count > 0 ? "fails" : undecided.Count > 0 ? "unknown" : notBorneOut.Count > 0 ? "holds-except" : "holds";
        return new CheckResult(verdict, holds, breaks, undecided, excepted, notBorneOut, null, null);
    }

    private CheckResult Count(Func<StateFact, bool?> select, Func<StateFact, bool?> test, HashSet<string> except, ClaimComparison compare)
    {
        var (holds, undecided) = Counted(select, test, s => !except.Contains(s.Iso3));
        var outcome = Compare(compare, holds.Count, holds.Count + undecided.Count);
        // Would the count hold without setting the exceptions aside? If not, it holds only with them set aside.
        var (allHolds, allUndecided) = Counted(select, test, _ => true);
        var withoutExcept = Compare(compare, allHolds.Count, allHolds.Count + allUndecided.Count);
        var excepted = except.Where(e => book.ByIso3.TryGetValue(e, out var s) && select(s) == true && test(s) == true).Order(StringComparer.Ordinal).ToList();
        var verdict = outcome switch
        {
            true when except.Count == 0 || withoutExcept == true => "holds",
            true when withoutExcept == false => "holds-except",
            false => "fails",
            _ => "unknown",
        };
        return new CheckResult(verdict, holds, [], undecided, excepted, [], holds.Count, holds.Count + undecided.Count);
    }

    private CheckResult Share(Func<StateFact, bool?> select, Func<StateFact, bool?> test, HashSet<string> except, ClaimComparison compare)
    {
        var (selected, undecidedSelection) = Counted(select, _ => true, s => !except.Contains(s.Iso3));
        var (holds, undecided) = Counted(select, test, s => !except.Contains(s.Iso3));
        var breaks = selected.Except(holds).Except(undecided).ToList();
        if (undecidedSelection.Count > 0 || undecided.Count > 0 || selected.Count == 0)
        {
            return new CheckResult("unknown", holds, breaks, [.. undecidedSelection.Union(undecided).Order(StringComparer.Ordinal)], [], [], null, null);
        }
        var share = 100.0 * holds.Count / selected.Count;
        var verdict = Compare(compare, share, share) == true ? "holds" : "fails";
        return new CheckResult(verdict, holds, breaks, [], [], [], share, share);
    }

    private (List<string> Holds, List<string> Undecided) Counted(Func<StateFact, bool?> select, Func<StateFact, bool?> test, Func<StateFact, bool> counted)
    {
        List<string> holds = [], undecided = [];
        foreach (var state in book.States.Where(counted))
        {
            var (selected, passes) = (select(state), test(state));
            if (selected == true && passes == true)
            {
                holds.Add(state.Iso3);
            }
            else if (selected != false && passes != false)
            {
                undecided.Add(state.Iso3);
            }
        }
        return (holds, undecided);
    }

    private CheckResult NetworkCount(ClaimComparison compare)
    {
        var known = book.NetworkMembers.Count;
        var outcome = Compare(compare, known, book.NetworkMembershipComplete ? known : double.PositiveInfinity);
        return new CheckResult(outcome switch { true => "holds", false => "fails", _ => "unknown" },
            [.. book.NetworkMembers.Select(m => m.Acronym)], [], [], [], [], known, book.NetworkMembershipComplete ? known : null);
    }

    /// <summary>Whether every value between <paramref name="low"/> and <paramref name="high"/> meets the comparison (true), none does (false), or some do.</summary>
    public static bool? Compare(ClaimComparison compare, double low, double high)
    {
        var value = compare.Value!.Value;
        return compare.Op switch
        {
            "=" => low == high ? low == value : value < low || value > high ? false : null,
            "!=" => Not(Compare(compare with { Op = "=" }, low, high)),
            ">=" => low >= value ? true : high < value ? false : null,
            ">" => low > value ? true : high <= value ? false : null,
            "<=" => high <= value ? true : low > value ? false : null,
            _ => high < value ? true : low >= value ? false : null,
        };
    }

    private static bool? Not(bool? value) => value is null ? null : !value;

    private Func<StateFact, bool?> Selector(ClaimSelector selector)
    {
        if (selector.Every is true)
        {
            return _ => true;
        }
        if (selector.States is { } codes)
        {
            var set = codes.Select(c => c.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
            return s => set.Contains(s.Iso3);
        }
        if (selector.Vote is { } vote)
        {
            return s => s.Vote == vote;
        }
        if (selector.Grouping is { } grouping)
        {
            return s => s.Groupings.Contains(grouping);
        }
        if (selector.Region is { } region)
        {
            return s => s.InRegion(region);
        }
        if (selector.Marrakesh is { } status)
        {
            return status switch
            {
                "adopted" => s => s.AdoptedAtMarrakesh,
                "did-not-participate" => s => s.DidNotParticipate,
                _ => s => s.NotifiedUn,
            };
        }
        if (selector.Party is { } party)
        {
            var date = party.AsOf!.Value;
            return s => s.IcrmwPartyOn(date);
        }
        if (selector.Profile is { } profile)
        {
            var figures = profiles(profile.Year);
            var labels = figures?.Items.ToDictionary(i => i.Iso3, i => ProfileLabels.Of(i.ImmigrantShare, i.EmigrantShare,
                profile.ImmigrantThreshold ?? ProfileLabels.DefaultImmigrantThreshold, profile.EmigrantThreshold ?? ProfileLabels.DefaultEmigrantThreshold));
            return s => labels?.GetValueOrDefault(s.Iso3) is { } label ? label == profile.Label : null;
        }
        if (selector.Figure is { } figure)
        {
            var values = FigureValues(figure.Name!, figure.Year);
            var comparison = new ClaimComparison { Op = figure.Op, Value = figure.Value };
            return s => values.TryGetValue(s.Iso3, out var v) ? Compare(comparison, v, v) : null;
        }
        if (selector.Rank is { } rank)
        {
            return RankSelector(rank);
        }
        if (selector.And is { } all)
        {
            var parts = all.Select(Selector).ToList();
            return s => parts.Aggregate((bool?)true, (acc, part) => acc == false ? false : part(s) is var p && p == false ? false : acc is null || p is null ? null : true);
        }
        if (selector.Or is { } any)
        {
            var parts = any.Select(Selector).ToList();
            return s => parts.Aggregate((bool?)false, (acc, part) => acc == true ? true : part(s) is var p && p == true ? true : acc is null || p is null ? null : false);
        }
        var inner = Selector(selector.Not!);
        return s => Not(inner(s));
    }

    private Func<StateFact, bool?> RankSelector(RankSelector rank)
    {
        var values = FigureValues(rank.Figure!, rank.Year);
        var unknown = book.States.Count(s => !values.ContainsKey(s.Iso3));
        var ordered = values.OrderByDescending(v => v.Value).Select(v => v.Key).ToList();
        return s =>
        {
            var position = ordered.IndexOf(s.Iso3) + 1;
            // A State whose figure is unknown could rank anywhere, so a place is certain only with room to spare.
            return position == 0 ? null : position + unknown <= rank.Top ? true : position > rank.Top ? false : null;
        };
    }

    private Dictionary<string, double> FigureValues(string name, int? year)
    {
        var items = profiles(year)?.Items ?? [];
        return items.Select(i => (i.Iso3, Value: name switch
        {
            "immigrants" => i.Immigrants,
            "emigrants" => i.Emigrants,
            "population" => i.Population,
            "immigrant-share" => i.ImmigrantShare,
            "emigrant-share" => i.EmigrantShare,
            _ => i.NetMigrants,
        })).Where(v => v.Value is not null && book.ByIso3.ContainsKey(v.Iso3)).ToDictionary(v => v.Iso3, v => v.Value!.Value, StringComparer.Ordinal);
    }
}

/// <summary>The outcome of one check.</summary>
/// <param name="Verdict">holds, holds-except, fails or unknown.</param>
/// <param name="Holds">The States that meet the claim (for a count: those counted).</param>
/// <param name="Breaks">The States that contradict it.</param>
/// <param name="Undecided">The States the record cannot place, which keep a verdict open.</param>
/// <param name="Excepted">The claim's exceptions the record bears out.</param>
/// <param name="ExceptionsNotBorneOut">The claim's exceptions the record does not bear out.</param>
/// <param name="Low">For a count or share: the least it can be on the record.</param>
/// <param name="High">For a count or share: the most it can be (null: no upper bound).</param>
public sealed record CheckResult(string Verdict, List<string> Holds, List<string> Breaks, List<string> Undecided, List<string> Excepted,
    List<string> ExceptionsNotBorneOut, double? Low, double? High);
