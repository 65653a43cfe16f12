using Marrakesh.Platform.Web;

namespace Marrakesh.Modules.Commitments;

/// <summary>A pledge as the public sees it, with its SMART check and progress notes.</summary>
public sealed record PledgeOutput(
    Guid Id, string ActorType, string ActorName, string? PledgingState, string Form, string JointType, Guid? Matches, string Narrative,
    decimal? Amount, string? Currency, IReadOnlyList<int> Objectives, IReadOnlyList<string> Actions, IReadOnlyList<string> Principles,
    IReadOnlyList<string> States, string? Measure, string? Baseline, DateOnly? TargetDate, string? Responsible, string Status,
    int Version, DateTime CreatedAt, DateTime UpdatedAt, SmartCheck Smart, IReadOnlyList<PledgeProgressOutput> Progress) : IVersionedOutput
{
    /// <param name="p">The pledge.</param>
    /// <param name="progress">Its progress notes, in any order (none in lists and stored versions).</param>
    /// <param name="nameActor">How the reader sees a note's author (see <see cref="Accounts.PublicActors"/>); as recorded when omitted.</param>
    public static PledgeOutput From(Pledge p, IEnumerable<PledgeProgress>? progress = null, Func<string, string>? nameActor = null) => new(
        p.Id, p.ActorType, p.ActorName, p.OwnerState, p.Form, p.JointType, p.Matches, p.Narrative,
        p.AmountMinor is { } minor ? Money.FromMinor(minor) : null, p.Currency, p.Objectives, p.Actions, p.Principles, p.States,
        p.Measure, p.Baseline, p.TargetDate, p.Responsible, p.Status, p.Version, p.CreatedAt, p.UpdatedAt, SmartCheck.Of(p),
        [.. (progress ?? []).OrderBy(n => n.Date).ThenBy(n => n.Id).Select(n => new PledgeProgressOutput(n.Date, n.Note, n.Status, n.At, nameActor?.Invoke(n.Actor) ?? n.Actor))]);
}

/// <summary>A progress note.</summary>
public sealed record PledgeProgressOutput(DateOnly Date, string Note, string Status, DateTime At, string Actor);
