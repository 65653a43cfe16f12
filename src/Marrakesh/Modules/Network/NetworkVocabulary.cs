namespace Marrakesh.Modules.Network;

/// <summary>The Network module's words and limits, written once for rules, entities and pages.</summary>
public static class NetworkVocabulary
{
    public const int AcronymMax = 20;
    public const int NameMax = 200;
    public const int SourceMax = 1000;
    public const int NoteMax = 1000;
    public const int DescriptionMax = 2000;
    public const int MaxListItems = 100;

    public const string Coordinator = "coordinator-and-secretariat";
    public static readonly IReadOnlyList<string> Roles = [Coordinator, "member"];

    public const string CountryScope = "country";
    public static readonly IReadOnlyList<string> Scopes = [CountryScope, "regional"];

    public static readonly IReadOnlyList<string> ProcessKinds = ["regional-consultative-process", "regional-migration-dialogue", "global-forum"];

    /// <summary>The record kinds in the version history (<see cref="Platform.Versions.RecordVersion.Kind"/>).</summary>
    public const string MemberKind = "network-member";
    public const string WorkstreamKind = "workstream";
    public const string CountryNetworkKind = "country-network";
}
