using Marrakesh.Modules.States;

namespace Marrakesh.Modules.Hub;

/// <summary>The hub's words: the steps a request goes through, the kinds of support, who provides it, languages and regions.</summary>
public static class HubVocabulary
{
    public const string Submitted = "submitted";
    public const string Assessed = "assessed";
    public const string PartnersIdentified = "partners-identified";
    public const string InImplementation = "in-implementation";
    public const string Closed = "closed";
    public const string Declined = "declined";

    /// <summary>The steps in order; a request moves one step at a time, or is declined from any open step.</summary>
    public static readonly IReadOnlyList<string> Steps = [Submitted, Assessed, PartnersIdentified, InImplementation, Closed];
    public static readonly IReadOnlyList<string> Statuses = [.. Steps, Declined];

    /// <summary>Where the secretariat may move a request: any status but the first.</summary>
    public static readonly IReadOnlyList<string> Moves = [.. Statuses.Skip(1)];

    /// <summary>Where a status stands among the steps; -1 for declined.</summary>
    public static int StepIndex(string status) => Enumerable.Range(0, Steps.Count).FirstOrDefault(i => Steps[i] == status, -1);

    public static bool IsOpen(string status) => status is not (Closed or Declined);

    public static readonly IReadOnlyList<string> Modalities = ["advice", "training", "peer-exchange", "joint-programme"];
    public const string UnNetworkMember = "un-network-member";
    public static readonly IReadOnlyList<string> ProviderTypes = [UnNetworkMember, "partner-organisation", "individual-expert"];

    /// <summary>An offer naming this region serves every State.</summary>
    public const string Global = "Global";

    /// <summary>A region as the platform spells it (an M49 region or sub-region, a regional commission, or Global), or null.</summary>
    public static string? Region(string name) =>
        string.Equals(name.Trim(), Global, StringComparison.OrdinalIgnoreCase) ? Global : StatesContract.RegionName(name);
}
