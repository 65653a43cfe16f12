namespace Marrakesh.Modules.Knowledge.Search;

/// <summary>
/// A title's or a text's terms, in order, as term numbers written in as few bytes as each needs (LEB128: seven bits
/// a byte, the high bit set on every byte of a number but its last). Common terms get small numbers, so most take one
/// or two bytes, and 100,000 texts of 160 terms fit in about 30 MB. Because only a number's last byte has the high
/// bit clear, a run of encoded numbers found at a number's start is exactly that run of terms, so words and phrases
/// are counted with a vectorised byte search instead of decoding.
/// </summary>
public static class TermSequence
{
    /// <summary>The most bytes one number takes.</summary>
    public const int MaxBytes = 5;

    public static byte[] Encode(IEnumerable<int> numbers)
    {
        var bytes = new List<byte>();
        Span<byte> one = stackalloc byte[MaxBytes];
        foreach (var number in numbers)
        {
            bytes.AddRange(one[..Write(number, one)]);
        }
        return [.. bytes];
    }

    /// <summary>Writes <paramref name="number"/> at the start of <paramref name="to"/>; answers how many bytes it took.</summary>
    public static int Write(int number, Span<byte> to)
    {
        var rest = (uint)number;
        var length = 0;
        while (rest >= 0x80)
        {
            to[length++] = (byte)(rest | 0x80);
            rest >>= 7;
        }
        to[length++] = (byte)rest;
        return length;
    }

    /// <summary>How many times the encoded run <paramref name="wanted"/> starts at a term of <paramref name="terms"/>.</summary>
    public static int Count(ReadOnlySpan<byte> terms, ReadOnlySpan<byte> wanted)
    {
        var count = 0;
        var from = 0;
        while (from < terms.Length)
        {
            var at = terms[from..].IndexOf(wanted);
            if (at < 0)
            {
                break;
            }
            at += from;
            if (at == 0 || terms[at - 1] < 0x80)
            {
                count++;
            }
            from = at + 1;
        }
        return count;
    }

    /// <summary>How many terms of <paramref name="terms"/> have their bit set in <paramref name="marked"/> (bit n for term number n).</summary>
    public static int Count(ReadOnlySpan<byte> terms, ulong[] marked)
    {
        var count = 0;
        var number = 0;
        var shift = 0;
        foreach (var b in terms)
        {
            number |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                if ((uint)(number >> 6) < (uint)marked.Length && (marked[number >> 6] & (1UL << (number & 63))) != 0)
                {
                    count++;
                }
                (number, shift) = (0, 0);
            }
            else
            {
                shift += 7;
            }
        }
        return count;
    }
}
