using Microsoft.AspNetCore.Http.Features;

namespace Marrakesh.Platform.Web;

/// <summary>
/// HEAD wherever GET is (RFC 9110 §9.3.2): a HEAD request is routed and answered as the GET it mirrors, and its body is
/// counted instead of sent, so the headers — Content-Length included — are the ones the GET would carry. One place for
/// every API route, page and file, rather than a HEAD route beside each GET.
/// </summary>
internal static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await next(http);
            return;
        }
        var server = http.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        await using var counter = new CountingStream();
        var counting = new StreamResponseBodyFeature(counter, server);
        http.Features.Set<IHttpResponseBodyFeature>(counting);
        http.Request.Method = HttpMethods.Get;
        try
        {
            await next(http);
            await counting.CompleteAsync(); // flushes what a writer still buffers, so the count is the whole body
        }
        finally
        {
            http.Request.Method = HttpMethods.Head;
            http.Features.Set(server);
        }
        if (!http.Response.HasStarted && http.Response.ContentLength is null && counter.Length > 0)
        {
            http.Response.ContentLength = counter.Length;
        }
    });

    /// <summary>Swallows the body and remembers its length.</summary>
    private sealed class CountingStream : Stream
    {
        private long length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => length;
        public override long Position { get => length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => length += buffer.Length;
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            length += count;
            return Task.CompletedTask;
        }
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            length += buffer.Length;
            return ValueTask.CompletedTask;
        }
        public override void Flush()
        {
        }
        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
