using System.Buffers.Binary;

namespace Marrakesh.Modules.Datasets.Importing;

/// <summary>
/// Counts a zip's entries from its central directory without opening it: .NET's ZipArchive (which ExcelDataReader uses
/// too) makes an object for every directory record it finds before it checks their number, so a 50 MB file of records
/// would cost hundreds of MB. It reads the directory the same way: from the last end record, record after record while
/// their signature holds.
/// </summary>
internal static class ZipDirectory
{
    private static ReadOnlySpan<byte> EndRecord => [0x50, 0x4B, 0x05, 0x06];
    private static ReadOnlySpan<byte> Zip64Locator => [0x50, 0x4B, 0x06, 0x07];
    private static ReadOnlySpan<byte> Zip64EndRecord => [0x50, 0x4B, 0x06, 0x06];
    private static ReadOnlySpan<byte> DirectoryRecord => [0x50, 0x4B, 0x01, 0x02];

    /// <summary>The directory records, counted up to <paramref name="stopAfter"/> + 1; 0 when there is no end record (the reader then fails).</summary>
    public static int CountEntries(ReadOnlySpan<byte> zip, int stopAfter)
    {
        var searchFrom = Math.Max(0, zip.Length - (22 + ushort.MaxValue)); // the end record, then a comment of up to 64 KB
        var end = zip[searchFrom..].LastIndexOf(EndRecord);
        if (end < 0 || searchFrom + end + 22 > zip.Length)
        {
            return 0;
        }
        end += searchFrom;
        long offset = BinaryPrimitives.ReadUInt32LittleEndian(zip[(end + 16)..]);
        if (end >= 20 && zip.Slice(end - 20, 4).SequenceEqual(Zip64Locator))
        {
            var zip64End = BinaryPrimitives.ReadUInt64LittleEndian(zip[(end - 20 + 8)..]);
            if (zip64End <= (ulong)(zip.Length - 56) && zip.Slice((int)zip64End, 4).SequenceEqual(Zip64EndRecord))
            {
                offset = (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(zip[((int)zip64End + 48)..]), long.MaxValue);
            }
        }
        var count = 0;
        while (count <= stopAfter && offset >= 0 && offset + 46 <= zip.Length && zip.Slice((int)offset, 4).SequenceEqual(DirectoryRecord))
        {
            var record = zip[(int)offset..];
            offset += 46L + BinaryPrimitives.ReadUInt16LittleEndian(record[28..]) + BinaryPrimitives.ReadUInt16LittleEndian(record[30..])
                + BinaryPrimitives.ReadUInt16LittleEndian(record[32..]);
            count++;
        }
        return count;
    }
}
