using System.IO.Compression;
using System.Text;

// bench/run-uploads: writes into the folder given
//   wide.xlsx          6,000 rows, each with one cell in column XFD (the finding's 31 KB file)
//   shared-string.xlsx one shared string of 100 MB of letters, compressed to about 100 KB (the finding's 104 KB file)
//   ordinary.xlsx      a small workbook of 50 rows × 10 columns, to warm the server's upload path up
const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
var folder = args.Length > 0 ? args[0] : ".";

Write("wide.xlsx", Sheet(Enumerable.Range(1, 6_000).Select(r => $"<row r=\"{r}\"><c r=\"XFD{r}\"><v>1</v></c></row>")), null);
Write("shared-string.xlsx", Sheet(["<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"]), part =>
{
    using var writer = new StreamWriter(part, new UTF8Encoding(false));
    writer.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Main}\" count=\"1\" uniqueCount=\"1\"><si><t>");
    var letters = new string('a', 1024 * 1024);
    for (var i = 0; i < 100; i++)
    {
        writer.Write(letters);
    }
    writer.Write("</t></si></sst>");
});
Write("ordinary.xlsx", Sheet(Enumerable.Range(1, 50).Select(r =>
    $"<row r=\"{r}\">{string.Concat(Enumerable.Range(0, 10).Select(c => $"<c r=\"{(char)('A' + c)}{r}\"><v>{r * c}</v></c>"))}</row>")), null);

void Write(string name, string sheet, Action<Stream>? sharedStrings)
{
    var path = Path.Combine(folder, name);
    using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
    {
        Entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
        Entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Entry(zip, "xl/workbook.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        Entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        Entry(zip, "xl/worksheets/sheet1.xml", sheet);
        if (sharedStrings is not null)
        {
            using var part = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.SmallestSize).Open();
            sharedStrings(part);
        }
    }
    Console.WriteLine($"{name} {new FileInfo(path).Length}");
}

static string Sheet(IEnumerable<string> rows) =>
    $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\"><sheetData>{string.Concat(rows)}</sheetData></worksheet>";

static void Entry(ZipArchive zip, string name, string content)
{
    using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
    writer.Write(content);
}
