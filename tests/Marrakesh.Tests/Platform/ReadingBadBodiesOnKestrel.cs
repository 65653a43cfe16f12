using System.Net;
using System.Text;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Platform;

/// <summary>
/// Bodies that fail early, read by the real server (issue 17, finding 8: "Reading is already in progress" was
/// reported from Kestrel): each gets a problem answer, and the server logs no error about reading them.
/// </summary>
public sealed class ReadingBadBodiesOnKestrel(KestrelApp app) : IClassFixture<KestrelApp>
{
    private static readonly string Padding = new(' ', 300_000);

    public static TheoryData<string, string, string, bool> Bodies => new()
    {
        { "/api/tokens", "application/json", "{\"name\": x" + Padding + "}", false },
        { "/api/tokens", "application/json", "{\"name\": x" + Padding + "}", true },
        { "/api/tokens", "application/json", "{\"days\": \"ninety\", \"name\": \"" + new string('n', 300_000) + "\"}", false },
        { "/api/tokens", "application/json", "{\"name\": \"x\", \"days\": ", false },
        { "/api/tokens", "text/plain", "{\"name\": \"x\"}" + Padding, false },
        { "/api/pledges", "application/json", "[" + Padding, true },
        { "/api/practices", "application/json", "{\"title\": \"\\ud800\"" + Padding + "}", false },
        { "/api/fund/contributions", "application/json", "{\"amount\": 1e-300, \"currency\": " + Padding, false },
        { "/api/datasets", "multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nwdi\r\n--x--\r\n", false },
    };

    [Theory]
    [InlineData("/account/sign-in")]
    [InlineData("/api/datasets")]
    public async Task A_form_over_the_form_reader_s_limits_is_a_bad_request_and_leaves_no_warning(string path)
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", await app.CreateTokenAsync(await app.CreateUserAsync("secretariat")));
        var logged = app.Logs.Entries.Count;

        var longKey = await client.SendAsync(Form(path, new string('k', 300_000) + "=1"));
        var manyFields = await client.SendAsync(Form(path, string.Join('&', Enumerable.Range(0, 2_000).Select(i => $"f{i}=1")) + "&tail=" + Padding));
        var next = await client.GetAsync("/api/objectives/1");

        var problems = await ProblemsLoggedAsync(client, logged);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(HttpStatusCode.BadRequest, longKey.StatusCode);
        Assert.Equal(longKey.StatusCode, manyFields.StatusCode);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_body_that_fails_early_gets_a_problem_and_leaves_no_error_in_the_log(string path, string mediaType, string body, bool chunked)
    {
        var email = await app.CreateUserAsync("admin");
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", await app.CreateTokenAsync(email));
        client.DefaultRequestHeaders.Add("Idempotency-Key", Guid.NewGuid().ToString());
        HttpContent content = chunked ? new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body))) : new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        var logged = app.Logs.Entries.Count;

        var response = await client.PostAsync(path, content);
        // A second request on the same connection is read after what is left of the first one's body.
        var next = await client.GetAsync("/api/objectives/1");

        var status = (int)response.StatusCode;
        Assert.True(status is >= 400 and < 500, $"{path}: {status} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        var problems = await ProblemsLoggedAsync(client, logged);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Errors, and Kestrel's warnings about connections, logged since <paramref name="logged"/>, once the client has left.</summary>
    private async Task<List<string>> ProblemsLoggedAsync(HttpClient client, int logged)
    {
        client.Dispose();
        // The server logs a connection's abnormal end as it closes it, just after the client leaves.
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        return [.. app.Logs.Entries.Skip(logged).Where(e => e.StartsWith("Error", StringComparison.Ordinal) || e.Contains("Server.Kestrel", StringComparison.Ordinal))];
    }

    /// <summary>A form post as curl sends a large one: asking first (Expect: 100-continue), then sending the body.</summary>
    private static HttpRequestMessage Form(string path, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.ExpectContinue = true;
        return request;
    }
}
