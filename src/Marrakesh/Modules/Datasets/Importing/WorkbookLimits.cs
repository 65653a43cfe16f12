namespace Marrakesh.Modules.Datasets.Importing;

/// <summary>
/// What an uploaded or imported xlsx workbook may hold, checked by <see cref="WorkbookInspection"/> before ExcelDataReader
/// reads it. A small zip can unpack to gigabytes, and the reader holds every cell of a sheet's width, so these bound the
/// server's memory. Each default leaves wide headroom over the publishers' files (in brackets: the largest among the UN
/// DESA, KNOMAD and WDI DataBank workbooks), so a real file never meets them.
/// </summary>
public sealed record WorkbookLimits
{
    public static readonly WorkbookLimits Default = new();

    /// <summary>Files in the zip [61].</summary>
    public int Entries { get; init; } = 1_000;

    /// <summary>Bytes of all the zip's files once uncompressed, as read, whatever their headers declare [4.1 MB].</summary>
    public long UncompressedBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>How many times larger than its compressed self a file of over 1 MB may unpack [5.8].</summary>
    public int CompressionRatio { get; init; } = 100;

    /// <summary>Sheets in the workbook [8].</summary>
    public int Sheets { get; init; } = 64;

    /// <summary>The last column a cell may stand in: 2,048 is column BZT [457, column QO]; Excel's own last is XFD, 16,384.</summary>
    public int Columns { get; init; } = 2_048;

    /// <summary>
    /// Cells of all sheets, counted as the reader holds them: each sheet's rows times its width, since a row is as wide
    /// as the sheet's widest row [111,000]. Cell elements, merged ranges and column definitions count too.
    /// </summary>
    public long Cells { get; init; } = 1_000_000;

    /// <summary>Entries of the shared string table [2,380].</summary>
    public int SharedStrings { get; init; } = 1_000_000;

    /// <summary>Characters of text held: the shared strings and the sheets' inline strings together [429,000].</summary>
    public long TextCharacters { get; init; } = 10_000_000;

    /// <summary>Characters in one text: a cell, a shared string, or any other text in the workbook's parts (Excel's own limit for a cell).</summary>
    public int TextLength { get; init; } = 32_767;

    /// <summary>XML elements in all the workbook's parts: a backstop for whatever else a reader keeps per element [216,000].</summary>
    public long Elements { get; init; } = 4_000_000;
}
