using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsvHelper;
using ExcelDataReader;

// Usage: Marrakesh.Bench.DatasetsRead FILE [warm] → prints the milliseconds of one read and the cells seen. The first
// read in a fresh process is cold (as a CLI import is); with "warm", the file is read eight times and the fastest of the
// last five is printed: by then the runtime has compiled the reader's hot code fully, as it has in a server that has
// imported files before (three reads were not enough: the third could be slower than the first, still half-compiled).
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
var path = args[0];
var warm = args.Length > 1 && args[1] == "warm";
var runs = warm ? 8 : 1;
var elapsed = long.MaxValue;
var cells = 0;
for (var run = 0; run < runs; run++)
{
    var watch = Stopwatch.StartNew();
    cells = Read(path);
    if (!warm || run >= 3)
    {
        elapsed = Math.Min(elapsed, watch.ElapsedMilliseconds);
    }
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{elapsed} {cells}"));

static int Read(string path)
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
return cells;
}
