using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Marrakesh.Tests.Datasets;

/// <summary>Small xlsx files built to take a server's memory: the attacks of issue 17, finding 4, and their kin.</summary>
public static class HostileWorkbooks
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>Each row with one cell in a far column (finding 4: 6,000 rows in XFD, a 31 KB file).</summary>
    public static byte[] WideRows(int rows = 6_000, string column = "XFD") =>
        Xlsx.Package([("Data", SheetXml(Enumerable.Range(1, rows).Select(r => $"<row r=\"{r}\"><c r=\"{column}{r}\"><v>1</v></c></row>")))]);

    /// <summary>One shared string of <paramref name="characters"/> letters, which compresses to almost nothing (finding 4: 100 MB in 104 KB).</summary>
    public static byte[] HugeSharedString(long characters = 100L * 1024 * 1024) =>
        Xlsx.Package([("Data", SheetXml(["<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"]))], ("xl/sharedStrings.xml", part =>
        {
            using var writer = new StreamWriter(part, new UTF8Encoding(false));
            writer.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Main}\" count=\"1\" uniqueCount=\"1\"><si><t>");
            var letters = new string('a', 1024 * 1024);
            for (long written = 0; written < characters; written += letters.Length)
            {
                writer.Write(letters.AsSpan(0, (int)Math.Min(letters.Length, characters - written)));
            }
            writer.Write("</t></si></sst>");
        }));

    /// <summary>Shared strings of random letters (a or b, so they compress only about eightfold), each at most Excel's cell limit long.</summary>
    public static byte[] ManySharedStrings(long characters, int each = 30_000)
    {
        var random = new Random(17);
        return Xlsx.Package([("Data", SheetXml(["<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"]))], ("xl/sharedStrings.xml", part =>
        {
            using var writer = new StreamWriter(part, new UTF8Encoding(false));
            writer.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Main}\">");
            var text = new char[each];
            for (long written = 0; written < characters; written += each)
            {
                for (var i = 0; i < text.Length; i++)
                {
                    text[i] = random.Next(2) == 0 ? 'a' : 'b';
                }
                writer.Write("<si><t>");
                writer.Write(text);
                writer.Write("</t></si>");
            }
            writer.Write("</sst>");
        }));
    }

    /// <summary>A sheet of a few cells whose last one stands at column <paramref name="lastColumn"/> of row <paramref name="lastRow"/>.</summary>
    public static byte[] Sparse(string lastColumn, int lastRow) =>
        Xlsx.Package([("Data", SheetXml(["<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", $"<row r=\"{lastRow}\"><c r=\"{lastColumn}{lastRow}\"><v>2</v></c></row>"]))]);

    /// <summary>A sheet whose dimension claims all of Excel's grid, A1:XFD1048576, around three cells.</summary>
    public static byte[] LyingDimension() =>
        Xlsx.Package([("Data", SheetXml(["<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c></row>", "<row r=\"2\"><c r=\"A2\"><v>3</v></c></row>"],
            "<dimension ref=\"A1:XFD1048576\"/>"))]);

    /// <summary>An extra part of <paramref name="megabytes"/> MB of zeros (about 1 KB compressed per MB), declaring <paramref name="declared"/> bytes, or its true size.</summary>
    public static byte[] Bomb(int megabytes, uint? declared = null, string part = "xl/media/image1.bin")
    {
        var zip = Xlsx.Package([("Data", Xlsx.Sheet([["x", 1]]))], (part, stream =>
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++)
            {
                stream.Write(zeros);
            }
        }));
        return declared is { } size ? Declare(zip, part, size) : zip;
    }

    public static byte[] Sheets(int count) =>
        Xlsx.Write(Enumerable.Range(1, count).Select(i => ($"Sheet {i}", (IReadOnlyList<object?[]>)[["x", i]])).ToArray());

    private static string SheetXml(IEnumerable<string> rows, string before = "") =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\">{before}<sheetData>{string.Concat(rows)}</sheetData></worksheet>";

    /// <summary>Rewrites the uncompressed size a part declares, in its local header and in the central directory.</summary>
    private static byte[] Declare(byte[] zip, string part, uint size)
    {
        var name = Encoding.UTF8.GetBytes(part);
        for (var at = 0; at + 46 <= zip.Length; at++)
        {
            if (zip.AsSpan(at, 4).SequenceEqual("PK\u0001\u0002"u8) && zip.AsSpan(at + 46, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + 24), size);
                var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at + 42));
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(local + 22), size);
                return zip;
            }
        }
        throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"No part {part}"), nameof(part));
    }
}
