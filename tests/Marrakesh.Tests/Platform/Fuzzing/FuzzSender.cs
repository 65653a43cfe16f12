using System.Text;
using System.Text.Json;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Platform.Fuzzing;

/// <summary>
/// Sends one generated request and holds the API to its promises: never a 5xx; every error problem+json with its
/// status; and a refused write leaves every table's row count (the audit trail's among them) and the record's ETag
/// as they were.
/// </summary>
public sealed class FuzzSender(HttpClient client, string adminToken, FuzzTargets targets, TestDatabase database, FuzzTally tally)
{
    public async Task CheckAsync(FuzzRequest request)
    {
        // Live records are made before the fingerprint is taken, so that making them does not count as a change.
        var (url, resource) = await UrlAsync(request);
        var content = request.Body is { } sent ? await targets.FillAsync(sent.Text) : null;
        var before = request.IsWrite ? await FingerprintAsync(resource) : null;
        using var message = Message(request, url, content, before?.ETag);
        using var response = await client.SendAsync(message);
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        tally.Answered(status);

        string Failure(string what) => $"{what}\n{request}\n  sent to {FuzzBody.Shorten(url, 300)}\n  answered {status} " +
            $"[{response.Content.Headers.ContentType}] {FuzzBody.Shorten(body, 600)}";

        Assert.True(status < 500, Failure("A server error."));
        if (status >= 400)
        {
            if (!IsProblem(response, body, status))
            {
                tally.Bare();
                Assert.Fail(Failure("An error that is not problem+json with its status."));
            }
        }
        if (!request.IsWrite)
        {
            return;
        }
        tally.Write(refused: status >= 400);
        if (status >= 400)
        {
            var after = await FingerprintAsync(resource);
            if (!after.Equals(before))
            {
                tally.Changed();
                Assert.Fail(Failure($"A refused write changed something: {before!.Difference(after)}."));
            }
        }
        else if (request.PathValues.Any(v => v is null))
        {
            targets.Spent(request.Operation.Path);
        }
    }

    private static bool IsProblem(HttpResponseMessage response, string body, int status)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return false;
        }
        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("status", out var s) && s.TryGetInt32(out var n) && n == status;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The URL to send to, and the record it acts on (the path up to its last parameter), if it names one.</summary>
    private async Task<(string Url, string? Resource)> UrlAsync(FuzzRequest request)
    {
        var path = request.Operation.Path;
        string? resource = null;
        for (var i = 0; i < request.Operation.PathParameters.Count; i++)
        {
            var parameter = request.Operation.PathParameters[i];
            var value = request.PathValues[i] ?? await targets.ValueAsync(request.Operation.Path, parameter, request.TargetPick);
            var placeholder = $"{{{parameter}}}";
            resource = path[..(path.IndexOf(placeholder, StringComparison.Ordinal) + placeholder.Length)].Replace(placeholder, value, StringComparison.Ordinal);
            path = path.Replace(placeholder, value, StringComparison.Ordinal);
        }
        return (path + request.Query, resource);
    }

    private HttpRequestMessage Message(FuzzRequest request, string url, string? content, string? etag)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), url);
        message.Headers.TryAddWithoutValidation("Authorization", request.Caller switch
        {
            Caller.Admin => $"Bearer {adminToken}",
            Caller.BrokenToken => $"Bearer mkt_{adminToken[^8..]}{request.TargetPick}",
            _ => null,
        });
        if (request.Caller == Caller.Anonymous)
        {
            message.Headers.Remove("Authorization");
        }
        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value switch
            {
                FuzzRequests.CurrentETag => etag ?? "\"1\"",
                FuzzRequests.FreshKey => Guid.NewGuid().ToString(),
                _ => value,
            });
        }
        if (request.Body is { } body)
        {
            byte[] bytes = [.. body.Prefix ?? [], .. (body.Utf16 ? Encoding.Unicode : Encoding.UTF8).GetBytes(content!)];
            message.Content = new ByteArrayContent(bytes);
            if (body.ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", body.ContentType);
            }
        }
        return message;
    }

    private async Task<Fingerprint> FingerprintAsync(string? resource) =>
        new(await database.CountEveryTableAsync(), resource is null ? null : await targets.ETagAsync(resource));
}

/// <summary>Row counts of every table, and the acted-on record's ETag.</summary>
public sealed record Fingerprint(IReadOnlyDictionary<string, long> Counts, string? ETag)
{
    public bool Equals(Fingerprint? other) =>
        other is not null && ETag == other.ETag && Counts.Count == other.Counts.Count
        && Counts.All(c => other.Counts.TryGetValue(c.Key, out var n) && n == c.Value);

    public override int GetHashCode() => HashCode.Combine(ETag, Counts.Count);

    public string Difference(Fingerprint after) =>
        string.Join(", ", Counts.Where(c => after.Counts.GetValueOrDefault(c.Key) != c.Value)
            .Select(c => $"{c.Key} {c.Value} → {after.Counts.GetValueOrDefault(c.Key)}")
            .Append(ETag == after.ETag ? "" : $"ETag {ETag} → {after.ETag}").Where(d => d.Length > 0));
}
