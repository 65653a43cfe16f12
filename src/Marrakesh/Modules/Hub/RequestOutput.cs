namespace Marrakesh.Modules.Hub;

/// <summary>
/// A request. The public sees closed and declined requests without the contact and without who acted;
/// the State's focal points and the secretariat see everything. <c>durations</c> gives the days spent in each step so far
/// (the current step counts up to now), <c>daysInStatus</c> the days in the current one, <c>partners</c> the offers engaged.
/// </summary>
public sealed record RequestOutput(
    Guid Id, string State, IReadOnlyList<int> Objectives, string Title, string Need, IReadOnlyList<string> Languages, string Modality,
    DateOnly? StartDate, DateOnly? EndDate, string? Timeline, string? Contact, string Status, DateTime StatusSince, double DaysInStatus,
    string? Outcome, string? DeclineReason, string? Feedback, Guid? ProgrammeId, IReadOnlyList<Guid> Partners,
    IReadOnlyList<StepOutput> Steps, IReadOnlyList<StepDuration> Durations, int Version, DateTime CreatedAt, DateTime UpdatedAt)
{
    /// <param name="request">The request.</param>
    /// <param name="steps">Its steps, in any order.</param>
    /// <param name="partners">Its engaged offers.</param>
    /// <param name="now">The clock's now.</param>
    /// <param name="full">Whether the reader may see the contact and the actors.</param>
    /// <param name="nameActor">How the reader sees an actor (see <see cref="Accounts.PublicActors"/>); as recorded when omitted.</param>
    public static RequestOutput From(SupportRequest request, IEnumerable<SupportRequestStep> steps, IEnumerable<Guid> partners, DateTime now, bool full,
        Func<string, string>? nameActor = null)
    {
        var ordered = steps.OrderBy(s => s.At).ThenBy(s => s.Id).ToList();
        return new(
            request.Id, request.StateIso3, request.Objectives, request.Title, request.Need, request.Languages, request.Modality,
            request.StartDate, request.EndDate, request.Timeline, full ? request.Contact : null, request.Status, request.StatusSince,
            Days(request.StatusSince, now), request.Outcome, request.DeclineReason, request.Feedback, request.ProgrammeId,
            [.. partners.Order()],
            [.. ordered.Select(s => new StepOutput(s.From, s.To, s.Note, full ? (nameActor?.Invoke(s.Actor) ?? s.Actor) : null, s.At))],
            StepDurations(ordered, request.IsOpen, now), request.Version, request.CreatedAt, request.UpdatedAt);
    }

    /// <summary>Time in each step: from entering it to leaving it, or to now for the current open step. Final steps have no duration.</summary>
    public static List<StepDuration> StepDurations(IReadOnlyList<SupportRequestStep> ordered, bool open, DateTime now)
    {
        var result = new List<StepDuration>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var current = i == ordered.Count - 1;
            if (current && !open)
            {
                break;
            }
            var until = current ? now : ordered[i + 1].At;
            result.Add(new StepDuration(ordered[i].To, ordered[i].At, current ? null : until, Days(ordered[i].At, until), current));
        }
        return result;
    }

    public static double Days(DateTime from, DateTime until) => Math.Round(Math.Max(0, (until - from).TotalDays), 1);
}

/// <summary>One step of a request.</summary>
/// <param name="From">The status before (null for the submission).</param>
/// <param name="To">The status after.</param>
/// <param name="Note">What was done or decided.</param>
/// <param name="Actor">Who (for the State and the secretariat only).</param>
/// <param name="At">When (UTC).</param>
public sealed record StepOutput(string? From, string To, string? Note, string? Actor, DateTime At);

/// <summary>Time spent in one step.</summary>
/// <param name="Status">The step.</param>
/// <param name="Entered">When the request entered it.</param>
/// <param name="Left">When it left it (null while current).</param>
/// <param name="Days">Days spent in it, to one decimal.</param>
/// <param name="Current">Whether the request is in it now.</param>
public sealed record StepDuration(string Status, DateTime Entered, DateTime? Left, double Days, bool Current);
