using Marrakesh.Modules.Datasets;

namespace Marrakesh.Modules.Analysis;

/// <summary>Every State's migration profile for one year.</summary>
/// <param name="Year">The year of the stock and population figures.</param>
/// <param name="ImmigrantThreshold">Immigrant share (percent) from which a State is a destination.</param>
/// <param name="EmigrantThreshold">Emigrant share (percent) from which a State is an origin.</param>
/// <param name="StockSource">The import the stock and population come from (null when none is imported).</param>
/// <param name="EmigrantSource">The corridor matrix the emigrants come from, and its year (null when none is close enough).</param>
/// <param name="Missing">What the record lacks for these profiles, if anything.</param>
/// <param name="Items">One profile per State, by ISO3.</param>
/// <param name="Total">How many.</param>
public sealed record ProfilesOutput(int Year, double ImmigrantThreshold, double EmigrantThreshold, ProfileSource? StockSource, ProfileSource? EmigrantSource,
    string? Missing, IReadOnlyList<ProfileItem> Items, int Total);

/// <summary>An import the profiles read.</summary>
/// <param name="Import">The import's id (GET /api/datasets lists it).</param>
/// <param name="Source">The publication family.</param>
/// <param name="Revision">The revision label.</param>
/// <param name="Title">Publisher and publication.</param>
/// <param name="FileName">The imported file.</param>
/// <param name="Sha256">The imported file's SHA-256.</param>
/// <param name="Year">The year read from it.</param>
/// <param name="Reads">What is read from it.</param>
public sealed record ProfileSource(Guid Import, string Source, string Revision, string Title, string FileName, string Sha256, int Year, string Reads)
{
    public static ProfileSource From(DatasetsContract.ImportRef import, int year, string reads) =>
        new(import.Id, import.Source, import.Revision, import.Title, import.FileName, import.Sha256, year, reads);
}

/// <summary>One State's migration profile; a figure the imports do not give is null, and so is what depends on it.</summary>
/// <param name="Iso3">The State.</param>
/// <param name="Name">Its English short name.</param>
/// <param name="Immigrants">International migrants living in the State (persons).</param>
/// <param name="Emigrants">People born in the State living abroad (persons).</param>
/// <param name="Population">Total population (persons).</param>
/// <param name="ImmigrantShare">Immigrants over population, percent.</param>
/// <param name="EmigrantShare">Emigrants over population, percent.</param>
/// <param name="NetMigrants">Immigrants minus emigrants (persons).</param>
/// <param name="NetShare">Immigrant share minus emigrant share (percentage points).</param>
/// <param name="Label">origin, destination or transit/mixed by the thresholds; null when a share is unknown.</param>
/// <param name="Trace">Where each figure comes from.</param>
public sealed record ProfileItem(string Iso3, string Name, double? Immigrants, double? Emigrants, double? Population, double? ImmigrantShare,
    double? EmigrantShare, double? NetMigrants, double? NetShare, string? Label, ProfileTrace Trace)
{
    public static ProfileItem Empty(string iso3, string name) => new(iso3, name, null, null, null, null, null, null, null, null, new(null, null, null));
}

/// <summary>The import and cell of each figure of a profile.</summary>
/// <param name="Immigrants">The migrant stock figure.</param>
/// <param name="Population">The population figure.</param>
/// <param name="Emigrants">The corridor figure(s).</param>
public sealed record ProfileTrace(FigureTrace? Immigrants, FigureTrace? Population, FigureTrace? Emigrants);

/// <summary>One figure's origin.</summary>
/// <param name="Import">The import's id.</param>
/// <param name="Cell">The series and cell it was read from.</param>
/// <param name="Url">The open-data query that returns it.</param>
public sealed record FigureTrace(Guid Import, string Cell, string Url);
