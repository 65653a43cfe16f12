using System.Text;
using ExcelDataReader;

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
/// published workbooks are a few MB, so holding their cells lets the importers look at headers above the data.
/// </summary>
internal static class Workbook
{
    static Workbook() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); // legacy .xls names its code page

    /// <summary>The sheets read, or the problem that stopped the read.</summary>
    public sealed record Contents(List<Sheet>? Sheets, ImportProblem? Problem);

    public static Contents Read(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var reader = ExcelReaderFactory.CreateReader(stream);
            var sheets = new List<Sheet>();
            do
            {
                var rows = new List<object?[]>();
                while (reader.Read())
                {
                    var cells = new object?[reader.FieldCount];
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
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new Contents(null, new ImportProblem(null, null, null,
                $"The file is not a readable Excel workbook (it may be truncated, or another format): {e.GetBaseException().Message}"));
        }
    }

}
