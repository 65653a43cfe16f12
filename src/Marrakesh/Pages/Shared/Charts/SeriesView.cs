using Marrakesh.Modules.Datasets;

namespace Marrakesh.Pages.Shared.Charts;

/// <summary>A series to draw as a chart by sex, with its data table and the CSV link of the same figures.</summary>
public sealed record SeriesView(string Id, string Title, SeriesOutput Series, string CsvUrl);
