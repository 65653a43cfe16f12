using System.Globalization;
using System.Text;
using CsvHelper;
using ExcelDataReader;

namespace Marrakesh.Bench;

/// <summary>
/// Reads a published file with the libraries the importers use (ExcelDataReader, CsvHelper), touching every cell and
/// keeping nothing: the baseline an import is compared with.
/// </summary>
public static class Reading
{
    static Reading() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Reads the file once; returns the number of non-empty cells seen.</summary>
    public static int Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var cells = 0;
        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            using var csv = new CsvParser(new StringReader(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF')), new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
            while (csv.Read())
            {
                cells += csv.Record!.Length;
            }
            return cells;
        }
        using var stream = new MemoryStream(bytes);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        do
        {
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.GetValue(i) is not null)
                    {
                        cells++;
                    }
                }
            }
        }
        while (reader.NextResult());
        return cells;
    }
}
