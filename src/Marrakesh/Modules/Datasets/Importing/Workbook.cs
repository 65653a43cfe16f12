using System.Text;
using ExcelDataReader;
using Marrakesh.Platform.Errors;

namespace Marrakesh.Modules.Datasets.Importing;

/// <summary>One sheet held in memory: its rows (row 1 is index 0) of cell values as the reader gives them.</summary>
internal sealed record Sheet(string Name, List<object?[]> Rows)
{
    public object? Cell(int row, int column) => row >= 1 && row <= Rows.Count && column < Rows[row - 1].Length ? Rows[row - 1][column] : null;

    public string Text(int row, int column) => Cells.Text(Cell(row, column));

    public int Width(int row) => row >= 1 && row <= Rows.Count ? Rows[row - 1].Length : 0;
}

/// <summary>
/// Reads every sheet of an xlsx (or legacy xls) workbook with ExcelDataReader, streaming row by row. The
/// published workbooks are a few MB, so holding their cells lets the importers look at headers above the data; the
/// <see cref="WorkbookLimits"/> keep a hostile one from holding more.
/// </summary>
internal static class Workbook
{
    static Workbook() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); // legacy .xls names its code page

    /// <summary>The sheets read, or the problem that stopped the read.</summary>
    public sealed record Contents(List<Sheet>? Sheets, ImportProblem? Problem);

    /// <summary>
    /// Reads the workbook; an xlsx is first inspected against <paramref name="limits"/>. Throws
    /// <see cref="LimitExceededException"/> for a workbook over a limit.
    /// </summary>
    public static Contents Read(byte[] content, WorkbookLimits limits)
    {
        var isZip = WorkbookInspection.IsZip(content);
        if (isZip)
        {
            WorkbookInspection.Check(content, limits);
        }
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            // Each format its own reader: the general factory would also decrypt an xlsx inside an encrypted legacy
            // container, which the inspection never saw.
            using var reader = isZip ? ExcelReaderFactory.CreateOpenXmlReader(stream) : ExcelReaderFactory.CreateBinaryReader(stream);
            var sheets = new List<Sheet>();
            long held = 0;
            do
            {
                var rows = new List<object?[]>();
                while (reader.Read())
                {
                    // An inspected xlsx stays within these already; a legacy xls (up to 256 columns) is held to them here.
                    var width = reader.FieldCount;
                    if (width > limits.Columns)
                    {
                        throw WorkbookInspection.Content("columns", limits.Columns,
                            $"Sheet '{reader.Name}' is {WorkbookInspection.N(width)} columns wide; the limit is {WorkbookInspection.N(limits.Columns)} columns (limit 'columns').");
                    }
                    held += Math.Max(width, 1);
                    if (held > limits.Cells)
                    {
                        throw WorkbookInspection.Content("cells", limits.Cells,
                            $"The workbook spans more than {WorkbookInspection.N(limits.Cells)} cells as a reader holds them (rows × columns of each sheet); the limit is {WorkbookInspection.N(limits.Cells)} cells (limit 'cells').");
                    }
                    var cells = new object?[width];
                    for (var i = 0; i < cells.Length; i++)
                    {
                        cells[i] = reader.GetValue(i);
                    }
                    rows.Add(cells);
                }
                sheets.Add(new Sheet(reader.Name, rows));
            }
            while (reader.NextResult());
            return new Contents(sheets, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not LimitExceededException)
        {
            return new Contents(null, new ImportProblem(null, null, null,
                $"The file is not a readable Excel workbook (it may be truncated, or another format): {e.GetBaseException().Message}"));
        }
    }
}
