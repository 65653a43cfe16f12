namespace Marrakesh.Modules.Fund;

/// <summary>A joint programme proposal (concept note).</summary>
/// <param name="Title">The programme's title.</param>
/// <param name="Summary">What it will do.</param>
/// <param name="Countries">ISO3 codes of the countries it serves (at least one).</param>
/// <param name="ThematicArea">The fund's thematic area, 1 to 5.</param>
/// <param name="Objectives">Compact objectives it serves, 1 to 23.</param>
/// <param name="Organisations">Participating UN organisations (UN Network members, by acronym): at least two.</param>
/// <param name="BudgetUsd">Budget in USD.</param>
/// <param name="GenderMarker">Gender equality marker, 0 (none) to 3 (principal objective).</param>
/// <param name="HumanRightsMarker">Human-rights marker, 0 to 3.</param>
public sealed record ProgrammeInput(
    string? Title, string? Summary, List<string>? Countries, int? ThematicArea, List<int>? Objectives,
    List<string>? Organisations, decimal? BudgetUsd, int? GenderMarker, int? HumanRightsMarker);

/// <summary>A steering-committee decision.</summary>
/// <param name="Decision">approve, decline or close.</param>
/// <param name="Reference">The decision's reference, e.g. "SC-2026-01".</param>
/// <param name="Priority">For an approval: the programme's place in the funding pipeline (1 first).</param>
/// <param name="Note">Why, in words.</param>
public sealed record DecisionInput(string? Decision, string? Reference, int? Priority, string? Note);
