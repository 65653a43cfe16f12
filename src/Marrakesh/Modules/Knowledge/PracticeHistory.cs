using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Versions;

namespace Marrakesh.Modules.Knowledge;

/// <summary>Saves a practice as a new version, with the review's step it took (dated and attributed) in the same unit of work.</summary>
public sealed class PracticeHistory(AppDbContext db, RecordHistory history, IAuditActor actor)
{
    public const string Kind = "practice";

    public DateTime Now => history.Now;

    /// <summary>Who takes the step, as the review's steps name them.</summary>
    public string Actor => actor.Name;

    /// <summary>Adds a step of the review, saved with the next version.</summary>
    public void AddStep(PracticeStep step) => db.Set<PracticeStep>().Add(step);

    public Task SaveAsync(Practice practice, string change, string? reason, CancellationToken cancellationToken) =>
        history.SaveAsync(practice, Kind, () => PracticeSummaryOutput.From(practice), change, reason, cancellationToken);
}
