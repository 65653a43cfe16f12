using System.Globalization;
using Marrakesh.Platform.Errors;

namespace Marrakesh.Modules.Datasets;

/// <summary>
/// The most rows a query's download (CSV, SDMX-CSV) answers with: <c>MARRAKESH_ROW_CAP</c>, 100,000 by default. A query
/// over it is refused (422 problem+json naming the limit and the bulk file that holds every figure), never cut short,
/// so no one takes a truncated file for the whole. JSON lists come in pages and are not capped.
/// </summary>
public static class RowCap
{
    public const string Variable = "MARRAKESH_ROW_CAP";
    public const int Default = 100_000;

    public static void Check(int rows, IConfiguration configuration, DatasetImport? import)
    {
        var cap = configuration.GetValue(Variable, Default);
        if (cap > 0 && rows > cap)
        {
            var bulk = import is null ? "GET /api/datasets lists every import with its bulk file" : $"the whole import is at {BulkDownload.AddressOf(import.Id)}";
            throw new LimitExceededException("rows", cap, isSize: false,
                $"This query matches {rows.ToString("N0", CultureInfo.InvariantCulture)} rows, over the {cap.ToString("N0", CultureInfo.InvariantCulture)} a download may hold; narrow it (codes, years) or take the bulk file: {bulk}.")
            {
                Download = import is null ? "/api/datasets" : BulkDownload.AddressOf(import.Id),
            };
        }
    }
}
