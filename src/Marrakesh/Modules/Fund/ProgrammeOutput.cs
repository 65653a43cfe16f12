namespace Marrakesh.Modules.Fund;

/// <summary>A joint programme and where its money stands.</summary>
/// <param name="Id">The programme's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Summary">What it does.</param>
/// <param name="Countries">Countries served (ISO3).</param>
/// <param name="ThematicArea">The fund's thematic area.</param>
/// <param name="Objectives">Compact objectives.</param>
/// <param name="Organisations">Participating UN organisations.</param>
/// <param name="BudgetUsd">Budget.</param>
/// <param name="AllocatedUsd">Allocated to it so far, net of reversals.</param>
/// <param name="GenderMarker">Gender equality marker 0–3.</param>
/// <param name="HumanRightsMarker">Human-rights marker 0–3.</param>
/// <param name="Status">concept-note, approved, funded, closed or declined.</param>
/// <param name="Priority">Place in the pipeline.</param>
/// <param name="HubRequestId">The hub request it grew from.</param>
/// <param name="ProposedAt">When it was proposed.</param>
/// <param name="ProposedBy">Who proposed it (shown to the fund's staff only).</param>
/// <param name="ApprovedAt">When the steering committee approved it.</param>
/// <param name="ClosedAt">When it closed.</param>
/// <param name="Version">Its version (the ETag).</param>
public sealed record ProgrammeOutput(
    Guid Id, string Title, string? Summary, IReadOnlyList<string> Countries, int ThematicArea, IReadOnlyList<int> Objectives,
    IReadOnlyList<string> Organisations, decimal BudgetUsd, decimal AllocatedUsd, int? GenderMarker, int? HumanRightsMarker,
    string Status, int? Priority, Guid? HubRequestId, DateTime ProposedAt, string? ProposedBy, DateTime? ApprovedAt, DateTime? ClosedAt, int Version)
{
    public static ProgrammeOutput From(Programme p) => new(
        p.Id, p.Title, p.Summary, p.Countries, p.ThematicArea, p.Objectives, p.Organisations, Usd.FromMinor(p.BudgetMinor),
        Usd.FromMinor(p.AllocatedMinor), p.GenderMarker, p.HumanRightsMarker, p.Status, p.Priority, p.HubRequestId,
        p.ProposedAt, p.ProposedBy, p.ApprovedAt, p.ClosedAt, p.Version);
}
