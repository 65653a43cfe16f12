using Marrakesh.Modules.Instruments;

namespace Marrakesh.Pages.Instruments;

/// <summary>What the positions table shows: the rows, and which of the instrument and State columns it needs.</summary>
public sealed record PositionsTableView(IReadOnlyList<PositionOutput> Positions, bool ShowInstrument, bool ShowState);
