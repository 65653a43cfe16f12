using System.Net;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Datasets;

/// <summary>
/// The secretariat's upload limit (50 MB, the largest published workbook being about 6 MB) is enforced by Kestrel as
/// the body arrives, so this runs on a real port rather than the in-memory test server.
/// </summary>
public sealed class UploadingOversizedFiles(KestrelApp app) : IClassFixture<KestrelApp>
{
    private async Task<HttpClient> SecretariatAsync()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        // The client waits for the server's answer to "Expect: 100-continue" before sending the body; by default it
        // gives up after 1 s and sends anyway, and on a busy machine the 413 then races the upload (a broken pipe).
        var handler = new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(60) };
        var client = new HttpClient(handler) { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = secretariat.DefaultRequestHeaders.Authorization;
        return client;
    }

    private static HttpRequestMessage Upload(byte[] file)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", "stock.xlsx" }, { new StringContent("migrant-stock"), "kind" } };
        // As a careful client does with a large body: ask first, so the server can refuse before the bytes are sent.
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/datasets") { Content = form };
        request.Headers.ExpectContinue = true;
        return request;
    }

    [Theory]
    [InlineData(51L * 1024 * 1024)]
    [InlineData(200L * 1024 * 1024)]
    public async Task A_file_over_the_limit_is_refused_with_413_and_nothing_is_imported(long size)
    {
        using var client = await SecretariatAsync();
        var before = await app.Database.CountAsync("datasets_imports");

        using var request = Upload(new byte[size]);
        var response = await client.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(before, await app.Database.CountAsync("datasets_imports"));
    }

    [Fact]
    public async Task A_small_file_passes_the_limit_and_is_checked_by_the_importer()
    {
        using var client = await SecretariatAsync();

        using var request = Upload("not a workbook"u8.ToArray());
        var problem = await (await client.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("not a readable Excel workbook", problem.GetProperty("problems")[0].GetProperty("message").GetString());
    }
}
