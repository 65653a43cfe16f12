using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsvHelper;
using ExcelDataReader;

// Usage: Marrakesh.Bench.DatasetsRead FILE → prints the milliseconds of one cold read (in a fresh process, as an import is).
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
var path = args[0];
var watch = Stopwatch.StartNew();
var bytes = File.ReadAllBytes(path);
var cells = 0;
if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
{
    using var csv = new CsvParser(new StringReader(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF')), new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
    while (csv.Read())
    {
        cells += csv.Record!.Length;
    }
}
else
{
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
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{watch.ElapsedMilliseconds} {cells}"));
