using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Marrakesh.Platform.Errors;

namespace Marrakesh.Modules.Datasets.Importing;

/// <summary>
/// Looks inside an xlsx before ExcelDataReader touches it, and refuses it at the first <see cref="WorkbookLimits"/> it
/// passes: the zip's entries, what each really unpacks to (read through a counting stream that stops at the limit,
/// since declared sizes can lie) and how far it expands, then each XML part streamed with XmlReader without keeping
/// anything — the sheets (workbook.xml), the shared strings (count and characters) and each sheet's rows, columns and
/// cells as the reader will hold them. Parts are recognised by their root element, not their name, so a workbook that
/// points its sheets elsewhere is inspected all the same. What is not XML, or breaks off, is counted and left to the
/// reader to refuse.
/// </summary>
internal sealed class WorkbookInspection(WorkbookLimits limits)
{
    private const long OneMegabyte = 1024 * 1024;
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true, CloseInput = false };

    private readonly char[] chunk = new char[4096];
    private long bytes, elements, text, cellElements, cellsHeld, sheets, sharedStrings;

    public WorkbookLimits Limits => limits;

    /// <summary>True for a zip (xlsx); ExcelDataReader tells them by the same two bytes.</summary>
    public static bool IsZip(ReadOnlySpan<byte> content) => content is [0x50, 0x4B, ..];

    /// <summary>Throws <see cref="LimitExceededException"/> at the first limit the workbook passes.</summary>
    public static void Check(byte[] content, WorkbookLimits limits)
    {
        if (ZipDirectory.CountEntries(content, limits.Entries) > limits.Entries)
        {
            throw Content("entries", limits.Entries, $"The workbook's zip holds more than {N(limits.Entries)} files; the limit is {N(limits.Entries)} files (limit 'entries').");
        }
        var inspection = new WorkbookInspection(limits);
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            foreach (var entry in archive.Entries)
            {
                inspection.Inspect(entry);
            }
        }
        catch (InvalidDataException)
        {
            // Not a zip ExcelDataReader can open either: it says so.
        }
    }

    private void Inspect(ZipArchiveEntry entry)
    {
        var name = entry.FullName;
        var expansion = Math.Max(OneMegabyte, entry.CompressedLength * limits.CompressionRatio);
        if (entry.Length > limits.UncompressedBytes - bytes)
        {
            throw TooManyBytes(name, entry.Length, "declares");
        }
        if (entry.Length > expansion)
        {
            throw TooExpanded(name, entry.CompressedLength, entry.Length, "declares");
        }
        using var stream = new CountingStream(entry.Open(), Math.Min(limits.UncompressedBytes - bytes, expansion),
            read => read > expansion ? TooExpanded(name, entry.CompressedLength, read, "unpacks to at least") : TooManyBytes(name, read, "unpacks to at least"));
        try
        {
            Scan(stream, name);
            stream.Drain();
        }
        catch (InvalidDataException)
        {
            // Damaged compressed data: the reader stops there too.
        }
        bytes += stream.Count;
    }

    private void Scan(Stream stream, string part)
    {
        try
        {
            using var xml = XmlReader.Create(stream, Settings);
            if (xml.MoveToContent() != XmlNodeType.Element)
            {
                return;
            }
            IPartScan? scan = xml.LocalName switch
            {
                "worksheet" => new SheetScan(this, part),
                "sst" => new SharedStringScan(this, part),
                "workbook" => new WorkbookScan(this, part),
                _ => null,
            };
            do
            {
                switch (xml.NodeType)
                {
                    case XmlNodeType.Element:
                        Count(ref elements, limits.Elements, "elements", "XML elements", part);
                        scan?.Start(xml);
                        if (xml.IsEmptyElement)
                        {
                            scan?.End(xml.LocalName);
                        }
                        break;
                    case XmlNodeType.EndElement:
                        scan?.End(xml.LocalName);
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                        scan?.Text(Characters(xml, part));
                        break;
                }
            }
            while (xml.Read());
            scan?.Finish();
        }
        catch (XmlException)
        {
            // Not XML (an image, printer settings), or broken XML the reader will refuse: its bytes are counted all the same.
        }
    }

    /// <summary>A text node's length, read in chunks so that a huge one is never held.</summary>
    private long Characters(XmlReader xml, string part)
    {
        long count = 0;
        int read;
        while ((read = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
        {
            count += read;
            if (count > limits.TextLength)
            {
                throw TextTooLong(part);
            }
        }
        return count;
    }

    public void CountCell(string part) => Count(ref cellElements, limits.Cells, "cells", "cells (counting merged ranges and column definitions)", part);

    public void CountSharedString(string part) => Count(ref sharedStrings, limits.SharedStrings, "shared-strings", "shared strings", part);

    public void CountSheet(string part) => Count(ref sheets, limits.Sheets, "sheets", "sheets", part);

    public void HoldText(long characters)
    {
        text += characters;
        if (text > limits.TextCharacters)
        {
            throw Content("text-characters", limits.TextCharacters,
                $"The workbook holds more than {N(limits.TextCharacters)} characters of text (shared and inline strings); the limit is {N(limits.TextCharacters)} (limit 'text-characters').");
        }
    }

    /// <summary>Checks the cells the reader will hold: the sheets already inspected, and this one's rows times its width so far.</summary>
    public void CheckHeld(string part, long rows, long width, bool finished)
    {
        var sheet = rows * Math.Max(width, 1);
        if (cellsHeld + sheet > limits.Cells)
        {
            throw Content("cells", limits.Cells,
                $"The sheet in {part} spans at least {N(rows)} rows × {N(width)} columns, and the workbook {N(cellsHeld + sheet)} cells as a reader holds them; the limit is {N(limits.Cells)} cells (limit 'cells').");
        }
        if (finished)
        {
            cellsHeld += sheet;
        }
    }

    public LimitExceededException TextTooLong(string part) =>
        Content("text-length", limits.TextLength, $"A text in {part} is longer than {N(limits.TextLength)} characters, Excel's own limit for a cell (limit 'text-length').");

    public static LimitExceededException Content(string limit, long maximum, string detail) => new(limit, maximum, isSize: false, detail);

    private static void Count(ref long count, long limit, string name, string what, string part)
    {
        if (++count > limit)
        {
            throw Content(name, limit, $"The workbook holds more than {N(limit)} {what} (the last found in {part}); the limit is {N(limit)} (limit '{name}').");
        }
    }

    private LimitExceededException TooManyBytes(string part, long size, string how) =>
        new("uncompressed-bytes", limits.UncompressedBytes, isSize: true,
            $"{part} {how} {Megabytes(size)}, which with the files before it passes {Megabytes(limits.UncompressedBytes)} unpacked; the limit is {Megabytes(limits.UncompressedBytes)} (limit 'uncompressed-bytes').");

    private LimitExceededException TooExpanded(string part, long compressed, long size, string how) =>
        new("compression-ratio", limits.CompressionRatio, isSize: true,
            $"{part} {how} {Megabytes(size)} from {N(compressed)} compressed bytes, more than {N(limits.CompressionRatio)} times its size; the limit is a ratio of {N(limits.CompressionRatio)} (limit 'compression-ratio').");

    public static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Megabytes(long size) => string.Create(CultureInfo.InvariantCulture, $"{size / (double)OneMegabyte:0.#} MB");
}
