namespace Marrakesh.Modules.Reviews;

/// <summary>A review's content. To draft, give the State; to change a draft, send what changes (sections replace all sections).</summary>
/// <param name="State">ISO3 of the reviewing State.</param>
/// <param name="Sections">One section per objective addressed.</param>
/// <param name="Consulted">Stakeholders consulted (whole-of-society).</param>
/// <param name="Reason">Required to change a published review: the change becomes a new version with this reason.</param>
public sealed record ReviewInput(string? State = null, List<SectionInput>? Sections = null, List<string>? Consulted = null, string? Reason = null);

/// <summary>What the review says about one objective.</summary>
/// <param name="Objective">Objective number.</param>
/// <param name="Status">not-started, planned, in-progress or achieved.</param>
/// <param name="Narrative">The account (1 to 10,000 characters).</param>
/// <param name="Evidence">Links to evidence (http or https).</param>
/// <param name="Indicators">Indicator values.</param>
public sealed record SectionInput(int Objective, string? Status, string? Narrative, List<string>? Evidence = null, List<IndicatorValue>? Indicators = null);

public static class SectionStatus
{
    public static readonly IReadOnlyList<string> All = ["not-started", "planned", "in-progress", "achieved"];
}
