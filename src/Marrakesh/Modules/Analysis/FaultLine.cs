namespace Marrakesh.Modules.Analysis;

/// <summary>
/// The North–South fault line: each State's immigrant and emigrant shares beside its vote on A/RES/73/195, its OECD,
/// EU and African Union membership in 2018 (AU: current, suspensions not tracked) and whether it was a party to the
/// 1990 Convention on the day of the vote.
/// </summary>
public sealed class FaultLine(MigrationProfiles profiles, StateFactsSource facts, ClaimVerdictCache cache, TimeProvider clock)
{
    /// <summary>The day of the vote: memberships and parties are read as of it.</summary>
    public static readonly DateOnly VoteDay = new(2018, 12, 19);

    public async Task<FaultLineOutput> ExecuteAsync(MigrationProfiles.Query query, CancellationToken cancellationToken)
    {
        var figures = await profiles.ExecuteAsync(query, cancellationToken);
        var book = await cache.BookAsync(facts, clock.GetUtcNow(), cancellationToken);
        var rows = figures.Items.Where(p => book.ByIso3.ContainsKey(p.Iso3)).Select(p =>
        {
            var fact = book.ByIso3[p.Iso3];
            return new FaultLineRow(p.Iso3, p.Name, p.ImmigrantShare, p.EmigrantShare, p.Label, fact.Vote,
                fact.Groupings.Contains("oecd-2018"), fact.Groupings.Contains("eu-2018"), fact.Groupings.Contains("au"), fact.IcrmwPartyOn(VoteDay));
        }).ToList();
        return new FaultLineOutput(figures, rows);
    }
}

/// <summary>The fault line's rows and the profiles they come from.</summary>
/// <param name="Profiles">The profiles (year, thresholds, sources).</param>
/// <param name="Rows">One row per State.</param>
public sealed record FaultLineOutput(ProfilesOutput Profiles, IReadOnlyList<FaultLineRow> Rows);

/// <summary>One State on the fault line.</summary>
/// <param name="Iso3">The State.</param>
/// <param name="Name">Its English short name.</param>
/// <param name="ImmigrantShare">Immigrants over population, percent.</param>
/// <param name="EmigrantShare">Emigrants over population, percent.</param>
/// <param name="Label">origin, destination or transit/mixed.</param>
/// <param name="Vote">yes, no, abstain or absent on A/RES/73/195 (null: observer State).</param>
/// <param name="Oecd2018">An OECD member on 19 Dec 2018.</param>
/// <param name="Eu2018">An EU member on 19 Dec 2018.</param>
/// <param name="AfricanUnion">An African Union member.</param>
/// <param name="IcrmwParty">A party to the 1990 Convention on 19 Dec 2018 (null: only the year is known and it is 2018).</param>
public sealed record FaultLineRow(string Iso3, string Name, double? ImmigrantShare, double? EmigrantShare, string? Label, string? Vote,
    bool Oecd2018, bool Eu2018, bool AfricanUnion, bool? IcrmwParty);
