using System.IO.Compression;
using Marrakesh.Modules.Datasets.Importing;
using Marrakesh.Platform.Errors;

namespace Marrakesh.Tests.Datasets;

/// <summary>
/// The inspection of an xlsx before ExcelDataReader reads it, with limits made small so each can be met by a small file,
/// and the reader's own ways (rows and columns without references, a dimension it ignores) followed.
/// </summary>
public sealed class InspectingWorkbooks
{
    private static readonly WorkbookLimits Limits = WorkbookLimits.Default;

    private static LimitExceededException Refused(byte[] file, WorkbookLimits limits, string limit)
    {
        var refused = Assert.Throws<LimitExceededException>(() => WorkbookInspection.Check(file, limits));
        Assert.Equal(limit, refused.Limit);
        return refused;
    }

    [Fact]
    public void A_zip_with_more_entries_than_the_limit_is_refused_before_it_is_opened()
    {
        var file = Xlsx.Write(("A", [["x"]]), ("B", [["y"]])); // 6 entries

        var refused = Refused(file, Limits with { Entries = 5 }, "entries");

        Assert.Equal(5, refused.Maximum);
        WorkbookInspection.Check(file, Limits with { Entries = 6 });
    }

    [Fact]
    public void More_shared_strings_than_the_limit_are_refused()
    {
        var file = HostileWorkbooks.ManySharedStrings(characters: 40, each: 10); // four strings

        Refused(file, Limits with { SharedStrings = 3 }, "shared-strings");
        WorkbookInspection.Check(file, Limits with { SharedStrings = 4 });
    }

    [Fact]
    public void More_XML_elements_than_the_limit_are_refused()
    {
        Refused(HostileWorkbooks.WideRows(rows: 20, column: "A"), Limits with { Elements = 50 }, "elements");
    }

    [Fact]
    public void A_row_number_far_down_counts_every_empty_row_the_reader_would_give_before_it()
    {
        var refused = Refused(HostileWorkbooks.Sparse("A", (int)Limits.Cells + 1), Limits, "cells");

        Assert.Contains("1,000,001 rows × 1 columns", refused.Message);
    }

    [Fact]
    public void Cells_without_a_reference_take_the_next_column_as_the_reader_places_them()
    {
        var cells = string.Concat(Enumerable.Repeat("<c><v>1</v></c>", 11));
        var file = Xlsx.Package([("Data", $"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row>{cells}</row></sheetData></worksheet>")]);

        Refused(file, Limits with { Columns = 10 }, "columns");
        WorkbookInspection.Check(file, Limits with { Columns = 11 });
    }

    [Fact]
    public void A_dimension_claiming_the_whole_grid_costs_nothing_since_the_reader_sizes_sheets_by_their_cells()
    {
        var file = HostileWorkbooks.LyingDimension();

        var contents = Workbook.Read(file, Limits);

        var sheet = Assert.Single(contents.Sheets!);
        Assert.Equal(2, sheet.Rows.Count);
        Assert.All(sheet.Rows, row => Assert.Equal(2, row.Length));
        Assert.Equal(3d, sheet.Cell(2, 0));
    }

    [Fact]
    public void A_part_is_refused_by_the_size_it_declares_and_one_declaring_less_is_unpacked_no_further()
    {
        var tight = Limits with { UncompressedBytes = 1024 * 1024, CompressionRatio = int.MaxValue };

        Refused(HostileWorkbooks.Bomb(megabytes: 200), tight, "uncompressed-bytes");
        // Declaring 1,000 bytes, it is read as 1,000 bytes (System.IO.Compression stops there), so it passes a 1 MB limit.
        var lying = HostileWorkbooks.Bomb(megabytes: 200, declared: 1_000);
        WorkbookInspection.Check(lying, tight);
        using var zip = new ZipArchive(new MemoryStream(lying));
        using var part = zip.GetEntry("xl/media/image1.bin")!.Open();
        Assert.Equal(1_000, CountingRead(part));
    }

    [Fact]
    public void The_counting_stream_stops_once_a_part_unpacks_past_its_limit()
    {
        using var counted = new CountingStream(new MemoryStream(new byte[10_000]), 4_096, read => new InvalidOperationException($"{read}"));

        var stopped = Assert.Throws<InvalidOperationException>(counted.Drain);

        Assert.True(counted.Count is > 4_096 and < 10_000, $"{counted.Count} bytes read");
        Assert.Equal($"{counted.Count}", stopped.Message);
    }

    private static long CountingRead(Stream stream)
    {
        using var counted = new CountingStream(stream, long.MaxValue, _ => new InvalidOperationException());
        counted.Drain();
        return counted.Count;
    }
}
