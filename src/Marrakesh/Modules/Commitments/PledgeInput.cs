namespace Marrakesh.Modules.Commitments;

/// <summary>
/// A pledge's fields. To pledge, actorType, form, jointType, objectives and narrative are required (plus amount and
/// currency for a financial pledge, matches for a matching one). To amend, send only what changes, and a reason.
/// </summary>
/// <param name="ActorType">state, un-entity, civil-society, private-sector, local-authority, academia, diaspora-organisation, migrant-organisation, trade-union or other.</param>
/// <param name="ActorName">Who pledges. A stakeholder pledges as its own organisation; a focal point as its State.</param>
/// <param name="PledgingState">For a State's pledge made by the secretariat: the State (ISO3).</param>
/// <param name="Form">financial, human-resource, process or policy.</param>
/// <param name="JointType">individual, common, partnership or matching.</param>
/// <param name="Matches">For a matching pledge: the id of the pledge it matches.</param>
/// <param name="Narrative">The pledge in words, 300 to 3,000 characters.</param>
/// <param name="Amount">Financial pledges: the amount (at most two decimals).</param>
/// <param name="Currency">Financial pledges: ISO 4217 code.</param>
/// <param name="Objectives">Objective numbers the pledge serves (at least one).</param>
/// <param name="Actions">Specific actions, as objective number and letter: ["5a", "5c"].</param>
/// <param name="Principles">Guiding-principle keys.</param>
/// <param name="States">States the pledge concerns (ISO3).</param>
/// <param name="Measure">How delivery will be measured.</param>
/// <param name="Baseline">Where things stand today.</param>
/// <param name="TargetDate">When it should be delivered (yyyy-mm-dd).</param>
/// <param name="Responsible">Who answers for delivering it.</param>
/// <param name="Reason">Amendments: why the pledge changes.</param>
public sealed record PledgeInput(
    string? ActorType = null, string? ActorName = null, string? PledgingState = null,
    string? Form = null, string? JointType = null, Guid? Matches = null, string? Narrative = null,
    decimal? Amount = null, string? Currency = null,
    List<int>? Objectives = null, List<string>? Actions = null, List<string>? Principles = null, List<string>? States = null,
    string? Measure = null, string? Baseline = null, DateOnly? TargetDate = null, string? Responsible = null,
    string? Reason = null);

/// <summary>A dated progress note, optionally moving the pledge on.</summary>
/// <param name="Date">The date the note speaks of (yyyy-mm-dd; not in the future).</param>
/// <param name="Note">What happened (1 to 2,000 characters).</param>
/// <param name="Status">The new status, if it changes: in-progress, fulfilled or withdrawn.</param>
public sealed record PledgeProgressInput(DateOnly? Date, string? Note, string? Status = null);
