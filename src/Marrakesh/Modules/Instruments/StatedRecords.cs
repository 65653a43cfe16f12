using Marrakesh.Platform.Data;

namespace Marrakesh.Modules.Instruments;

/// <summary>A General Assembly resolution with a recorded vote, and the totals as reports stated them (to compare with the rows).</summary>
public sealed record Resolution(
    string Symbol, string Slug, DateOnly AdoptedDate, string Title, string Draft, string InstrumentKey,
    int StatedYes, int StatedNo, int StatedAbstain, int StatedAbsent, string StatedSource, string Sources);

/// <summary>The Marrakesh conference as the sources state it: how many States adopted, though not which.</summary>
public sealed record MarrakeshConference(
    DateOnly Date, string Place, int AdoptingStatesStated, string AdoptingStatesSource, int NonParticipantsStated,
    string NonParticipantsSource, string Note);

/// <summary>The small shipped facts that are not rows of States: read once from Modules/Instruments/Data.</summary>
public static class StatedRecords
{
    private static readonly Lazy<IReadOnlyList<Resolution>> LoadedResolutions = new(() =>
        [.. EmbeddedCsv.Read<Resolution>("resolutions.csv")]);

    private static readonly Lazy<MarrakeshConference> LoadedConference = new(() =>
        EmbeddedCsv.Read<MarrakeshConference>("marrakesh_conference.csv").Single());

    public static IReadOnlyList<Resolution> Resolutions => LoadedResolutions.Value;

    public static MarrakeshConference Marrakesh => LoadedConference.Value;

    /// <summary>The resolution named by its symbol (<c>A/RES/73/195</c>) or its URL form (<c>A-RES-73-195</c>), any case.</summary>
    public static Resolution? FindResolution(string? name) =>
        name is null ? null : Resolutions.FirstOrDefault(r =>
            string.Equals(r.Slug, name.Trim(), StringComparison.OrdinalIgnoreCase) || string.Equals(r.Symbol, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
