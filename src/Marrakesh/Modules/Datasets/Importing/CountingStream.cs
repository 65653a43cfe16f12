namespace Marrakesh.Modules.Datasets.Importing;

/// <summary>
/// Reads a zip entry and counts the bytes it really unpacks to, whatever its header declares: past
/// <paramref name="limit"/> bytes it stops with the exception <paramref name="exceeded"/> makes, so a bomb is never
/// unpacked further than the limit.
/// </summary>
internal sealed class CountingStream(Stream inner, long limit, Func<long, Exception> exceeded) : Stream
{
    public long Count { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Count += read;
        if (Count > limit)
        {
            throw exceeded(Count);
        }
        return read;
    }

    /// <summary>Reads what is left, counting it.</summary>
    public void Drain()
    {
        Span<byte> buffer = stackalloc byte[8192];
        while (Read(buffer) > 0)
        {
        }
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => Count; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
