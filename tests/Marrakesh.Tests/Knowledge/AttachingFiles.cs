using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Knowledge;

/// <summary>Body limits are Kestrel's, so this runs on a real port rather than the in-memory test server.</summary>
public sealed class AttachingFiles(KestrelApp app) : IClassFixture<KestrelApp>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private async Task<(HttpClient Client, string Id)> SubmittedAsync()
    {
        var (author, _) = await app.StakeholderAsync();
        var client = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = author.DefaultRequestHeaders.Authorization;
        var (practice, _) = await client.SubmitAsync(PracticeDesk.Practice());
        return (client, practice.Id());
    }

    private static MultipartFormDataContent File(HttpContent content, string name)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { content, "file", name } };
    }

    [Fact]
    public async Task A_PDF_is_attached_and_served_as_a_download_that_browsers_do_not_sniff()
    {
        var (author, id) = await SubmittedAsync();

        var response = await author.PostAsync($"/api/practices/{id}/attachments", File(new ByteArrayContent(Pdf), "report 2026.pdf"));

        var attachment = await response.ShouldBeJsonAsync(HttpStatusCode.Created);
        Assert.Equal(1, attachment.GetProperty("number").GetInt32());
        Assert.Equal($"/api/practices/{id}/attachments/1", response.Headers.Location!.OriginalString);
        var download = await author.GetAsync($"/api/practices/{id}/attachments/1");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        using var anonymous = new HttpClient { BaseAddress = app.BaseAddress };
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/practices/{id}/attachments/1")).StatusCode);
    }

    [Fact]
    public async Task A_file_named_pdf_that_is_not_a_PDF_is_refused_and_nothing_is_stored()
    {
        var (author, id) = await SubmittedAsync();
        var before = await app.Database.CountAsync("knowledge_attachments");

        var response = await author.PostAsync($"/api/practices/{id}/attachments", File(new ByteArrayContent("MZ\x90\0 this is a program"u8.ToArray()), "report.pdf"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "file");
        Assert.Equal(before, await app.Database.CountAsync("knowledge_attachments"));
    }

    [Theory]
    [InlineData(11L * 1024 * 1024)]
    [InlineData(200L * 1024 * 1024)]
    public async Task An_oversized_upload_is_refused_with_413_and_nothing_is_stored(long size)
    {
        var (author, id) = await SubmittedAsync();
        var before = await app.Database.CountAsync("knowledge_attachments");
        var bytes = new byte[size];
        Pdf.CopyTo(bytes, 0);

        // As a careful client does with a large body: ask first, so the server can refuse before the bytes are sent.
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/practices/{id}/attachments") { Content = File(new ByteArrayContent(bytes), "huge.pdf") };
        request.Headers.ExpectContinue = true;
        var response = await author.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(before, await app.Database.CountAsync("knowledge_attachments"));
    }

    [Fact]
    public async Task Only_the_authors_attach_files()
    {
        var (_, id) = await SubmittedAsync();
        var (other, _) = await app.StakeholderAsync("Other Org");
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        client.DefaultRequestHeaders.Authorization = other.DefaultRequestHeaders.Authorization;

        var response = await client.PostAsync($"/api/practices/{id}/attachments", File(new ByteArrayContent(Pdf), "report.pdf"));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
