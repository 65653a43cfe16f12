namespace Marrakesh.Modules.Commitments;

/// <summary>The words of the pledging initiative: who pledges, what kind of pledge, alone or with others, and where it stands.</summary>
public static class PledgeVocabulary
{
    public const string State = "state";
    public static readonly IReadOnlyList<string> ActorTypes =
        [State, "un-entity", "civil-society", "private-sector", "local-authority", "academia", "diaspora-organisation", "migrant-organisation", "trade-union", "other"];

    public const string Financial = "financial";
    public static readonly IReadOnlyList<string> Forms = [Financial, "human-resource", "process", "policy"];

    public const string Matching = "matching";
    public static readonly IReadOnlyList<string> JointTypes = ["individual", "common", "partnership", Matching];

    public const string Planning = "planning";
    public const string InProgress = "in-progress";
    public const string Fulfilled = "fulfilled";
    public const string Withdrawn = "withdrawn";
    public static readonly IReadOnlyList<string> Statuses = [Planning, InProgress, Fulfilled, Withdrawn];
}
