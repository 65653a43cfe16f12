namespace Marrakesh.Platform.Versions;

/// <summary>
/// Told of every version a use case saves through <see cref="RecordHistory"/>, right after the save and in the same
/// unit of work. This lets a module follow another's changes (the search index follows pledges, commitments and
/// reviews) without the writing module knowing it exists.
/// </summary>
public interface IRecordChangeListener
{
    /// <param name="kind">The record's kind, as the writing module names it (e.g. <c>pledge</c>).</param>
    /// <param name="id">The record.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task RecordChangedAsync(string kind, Guid id, CancellationToken cancellationToken);
}
