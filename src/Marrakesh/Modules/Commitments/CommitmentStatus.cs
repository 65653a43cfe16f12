namespace Marrakesh.Modules.Commitments;

/// <summary>Where a commitment stands.</summary>
public static class CommitmentStatus
{
    public const string Planned = "planned";
    public const string InProgress = "in-progress";
    public const string Achieved = "achieved";
    public const string Discontinued = "discontinued";

    public static readonly IReadOnlyList<string> All = [Planned, InProgress, Achieved, Discontinued];
}
