using Marrakesh.Modules.Catalogue;
using Marrakesh.Modules.Commitments;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;
using static Marrakesh.Modules.Commitments.CommitmentsContract;

namespace Marrakesh.Modules.Reviews;

/// <summary>
/// The figures of a cycle's dashboard, every one computed from the record: which States reported, which
/// objectives their reviews cover, and the pledges and commitments on record by the end of the cycle's year.
/// </summary>
public sealed class CycleSummary(AppDbContext db, ReviewQueries reviews, StatesContract states, CommitmentsContract commitments, CatalogueContract catalogue)
{
    public async Task<CycleSummaryOutput> ExecuteAsync(string cycleId, CancellationToken cancellationToken)
    {
        var cycle = await reviews.CycleAsync(cycleId, cancellationToken);
        var expected = cycle.TakesNationalReviews ? await states.MembersAsync(cycle.Commission, cancellationToken) : [];
        var names = await states.NamesAsync(cancellationToken);
        // Only what States have handed in counts: submitted (received by the secretariat) or published.
        var handedIn = await db.Set<NationalReview>().AsNoTracking()
            .Where(r => r.CycleId == cycleId && r.Status != ReviewStatus.Draft)
            .Select(r => new { r.Id, r.StateIso3, r.Status }).ToListAsync(cancellationToken);
        var sections = await db.Set<ReviewSection>().AsNoTracking()
            // What a review says is public once it is published; before that only that it was handed in.
            .Join(db.Set<NationalReview>().Where(r => r.CycleId == cycleId && r.Status == ReviewStatus.Published), s => s.ReviewId, r => r.Id, (s, _) => new { s.ReviewId, s.Objective })
            .ToListAsync(cancellationToken);
        var objectivesByReview = sections.ToLookup(s => s.ReviewId, s => s.Objective);
        var objectives = await catalogue.ObjectiveNamesAsync(cancellationToken);
        var until = new DateTime(cycle.Year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        var reported = handedIn.OrderBy(r => r.StateIso3)
            .Select(r => new StateReport(r.StateIso3, names.GetValueOrDefault(r.StateIso3, r.StateIso3), r.Status, [.. objectivesByReview[r.Id].Order()]))
            .ToList();
        var coverage = objectives.Select(o => new ObjectiveCoverage(o.Number, o.ShortName, reported.Count(r => r.Objectives.Contains(o.Number)))).ToList();
        return new CycleSummaryOutput(
            ReviewCycleOutput.From(cycle),
            until.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            expected.Count,
            reported.Count(r => r.Status == ReviewStatus.Submitted),
            reported.Count(r => r.Status == ReviewStatus.Published),
            [.. expected.Except(reported.Select(r => r.State)).Order(StringComparer.Ordinal)],
            reported,
            coverage,
            // A regional review looks at its members' pledges and plans; a Forum and the report at everyone's.
            await commitments.PledgeFiguresAsync(until, cycle.Commission is null ? null : expected, cancellationToken),
            await commitments.PublishedCommitmentsByObjectiveAsync(until, cycle.Commission is null ? null : expected, cancellationToken));
    }
}

/// <summary>A cycle's dashboard figures.</summary>
/// <param name="Cycle">The cycle.</param>
/// <param name="PledgesAsOf">Pledges are counted as made up to this date (end of the cycle's year).</param>
/// <param name="StatesExpected">States that report to this cycle.</param>
/// <param name="ReviewsSubmitted">Reviews handed in but not yet published.</param>
/// <param name="ReviewsPublished">Reviews published.</param>
/// <param name="NotYetReported">Codes of expected States with no review handed in.</param>
/// <param name="Reported">Each State that handed in a review, with the objectives it covers once published.</param>
/// <param name="Coverage">For each objective, how many published reviews cover it.</param>
/// <param name="Pledges">Pledges by actor type, by objective, and financial totals per currency (for a regional review: pledges made by or concerning its members).</param>
/// <param name="PublishedCommitmentsByObjective">Commitments published by the end of the cycle's year, per objective (for a regional review: its members').</param>
public sealed record CycleSummaryOutput(
    ReviewCycleOutput Cycle, string PledgesAsOf, int StatesExpected, int ReviewsSubmitted, int ReviewsPublished,
    IReadOnlyList<string> NotYetReported, IReadOnlyList<StateReport> Reported, IReadOnlyList<ObjectiveCoverage> Coverage,
    PledgeFigures Pledges, IReadOnlyList<CountOf> PublishedCommitmentsByObjective);

/// <summary>A State's review in a cycle.</summary>
public sealed record StateReport(string State, string Name, string Status, IReadOnlyList<int> Objectives);

/// <summary>How many reviews cover an objective.</summary>
public sealed record ObjectiveCoverage(int Objective, string ShortName, int Reviews);
