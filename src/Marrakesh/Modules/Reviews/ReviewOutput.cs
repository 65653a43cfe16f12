namespace Marrakesh.Modules.Reviews;

/// <summary>A voluntary national review.</summary>
public sealed record ReviewOutput(
    Guid Id, string Cycle, string State, string Status, IReadOnlyList<SectionOutput> Sections, IReadOnlyList<string> Consulted,
    DateTime? SubmittedAt, DateTime? AcknowledgedAt, DateTime? PublishedAt, int Version, DateTime UpdatedAt)
{
    public static ReviewOutput From(NationalReview r, IEnumerable<ReviewSection> sections) => new(
        r.Id, r.CycleId, r.StateIso3, r.Status,
        [.. sections.OrderBy(s => s.Objective).Select(s => new SectionOutput(s.Objective, s.Status, s.Narrative, s.Evidence, s.Indicators))],
        r.Consulted, r.SubmittedAt, r.AcknowledgedAt, r.PublishedAt, r.Version, r.UpdatedAt);
}

/// <summary>One section of a review.</summary>
public sealed record SectionOutput(int Objective, string Status, string Narrative, IReadOnlyList<string> Evidence, IReadOnlyList<IndicatorValue> Indicators);

/// <summary>A review cycle.</summary>
/// <param name="Id">e.g. imrf-2026, regional-ece-2024, sg-report-2026.</param>
/// <param name="Kind">imrf, regional or sg-report.</param>
/// <param name="Year">The year of the cycle.</param>
/// <param name="Commission">For regional reviews: the commission.</param>
/// <param name="RoundTables">For Forums: the objectives of each round table.</param>
/// <param name="TakesNationalReviews">Whether States submit voluntary national reviews to it.</param>
/// <param name="DueFrom">Who is due to report: States (all, or the commission's members), or the Secretary-General.</param>
/// <param name="Version">Version number; the ETag.</param>
/// <param name="Starts">First day, where verified.</param>
/// <param name="Ends">Last day, where verified.</param>
public sealed record ReviewCycleOutput(
    string Id, string Kind, int Year, string? Commission, IReadOnlyList<RoundTable> RoundTables, bool TakesNationalReviews, string DueFrom, int Version,
    DateOnly? Starts, DateOnly? Ends)
{
    public static ReviewCycleOutput From(ReviewCycle c) => new(
        c.Id, c.Kind, c.Year, c.Commission, c.RoundTables, c.TakesNationalReviews,
        c.Kind switch
        {
            ReviewCycleKinds.Imrf => "all-states",
            ReviewCycleKinds.Regional => $"members-of-{c.Commission!.ToLowerInvariant()}",
            _ => "secretary-general",
        }, c.Version, c.Starts, c.Ends);
}
