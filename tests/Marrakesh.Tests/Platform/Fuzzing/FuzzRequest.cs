using System.Text;

namespace Marrakesh.Tests.Platform.Fuzzing;

/// <summary>Who sends a request: the fuzzing administrator, nobody, or someone with a broken credential.</summary>
public enum Caller { Admin, Anonymous, BrokenToken }

/// <summary>
/// A body as sent: text (with placeholders for live records), how it is encoded and what it claims to be.
/// <paramref name="Prefix"/> puts raw bytes before the text (invalid UTF-8, a byte-order mark).
/// </summary>
public sealed record FuzzBody(string Kind, string? ContentType, string Text, bool Utf16 = false, byte[]? Prefix = null)
{
    public override string ToString() =>
        $"{Kind} [{ContentType ?? "no Content-Type"}] {(Prefix is null ? "" : Convert.ToHexString(Prefix) + " + ")}{Shorten(Text, 300)}";

    public static string Shorten(string text, int length) =>
        text.Length <= length ? text : $"{text[..length]}… ({text.Length:N0} characters)";
}

/// <summary>
/// One generated request. A path value of null means "a live record of the right kind" and a header value of
/// <c>@etag</c> "the record's current ETag", both filled in when it is sent, so the request reaches the code behind
/// the record's checks.
/// </summary>
public sealed record FuzzRequest(
    ApiOperation Operation, string Method, IReadOnlyList<string?> PathValues, int TargetPick, string Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers, FuzzBody? Body, Caller Caller)
{
    public bool IsWrite => Method is not "GET";

    public override string ToString()
    {
        var text = new StringBuilder($"{Method} {Operation.Path}{FuzzBody.Shorten(Query, 200)} ({Operation.Id})");
        for (var i = 0; i < PathValues.Count; i++)
        {
            text.Append($"\n  {{{Operation.PathParameters[i]}}} = {FuzzBody.Shorten(PathValues[i] ?? "a live record", 100)}");
        }
        foreach (var (name, value) in Headers)
        {
            text.Append($"\n  {name}: {FuzzBody.Shorten(value, 100)}");
        }
        text.Append($"\n  caller: {Caller}");
        if (Body is not null)
        {
            text.Append($"\n  body: {Body}");
        }
        return text.ToString();
    }
}
