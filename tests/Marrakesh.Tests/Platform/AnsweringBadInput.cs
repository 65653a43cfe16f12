using System.Net;
using System.Net.Http.Json;
using System.Text;
using Marrakesh.Tests.Infrastructure;

namespace Marrakesh.Tests.Platform;

public sealed class AnsweringBadInput(MarrakeshApp app) : IClassFixture<MarrakeshApp>
{
    [Theory]
    [InlineData("/api/pledges?page=2147483647")]
    [InlineData("/api/practices?page=2147483647")]
    [InlineData("/api/fund/contributions?page=0")]
    public async Task A_page_number_beyond_any_list_is_a_bad_request_not_a_server_error(string url)
    {
        var response = await app.CreateClient().GetAsync(url);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "page");
    }

    [Fact]
    public async Task An_unknown_API_route_is_a_problem_not_a_page()
    {
        var problem = await (await app.CreateClient().GetAsync("/api/no-such-thing")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("/api/docs", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_API_error_is_problem_json_even_when_the_caller_asks_for_html()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/states/ZZZ");
        request.Headers.Accept.ParseAdd("text/html");

        await (await app.CreateClient().SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_API_route_is_problem_json_even_when_the_caller_asks_for_html()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/no-such-thing");
        request.Headers.Accept.ParseAdd("text/html");

        await (await app.CreateClient().SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("GET", "/api/nope")]
    [InlineData("GET", "/api/pledges/not-a-guid")]
    [InlineData("GET", "/api/pledges/00000000-0000-0000-0000-000000000000")]
    [InlineData("GET", "/api/fund/programmes/x/ledger")]
    [InlineData("GET", "/api/states/MAR/nothing-here")]
    [InlineData("GET", "/api/")]
    [InlineData("HEAD", "/api/nope")]
    [InlineData("PUT", "/api/pledges")]
    [InlineData("DELETE", "/api/fund/summary")]
    [InlineData("POST", "/api/objectives/1")]
    public async Task Every_unmatched_path_and_wrong_method_under_api_is_problem_json(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Accept.ParseAdd("text/html");

        var response = await app.CreateClient().SendAsync(request);

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"{method} {path}: {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_multipart_upload_without_its_boundary_is_a_bad_request_not_a_server_error()
    {
        var (secretariat, _) = await app.ClientAsAsync("secretariat");
        var content = new StringContent("--x\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nwdi\r\n--x--\r\n");
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("multipart/form-data");

        var response = await secretariat.PostAsync("/api/datasets", content);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "file");
    }

    [Fact]
    public async Task A_malformed_JSON_body_is_a_bad_request_and_writes_nothing()
    {
        var (client, _) = await app.ClientAsAsync("admin");
        var tokensBefore = await app.Database.CountAsync("accounts_api_tokens");

        var response = await client.PostAsync("/api/tokens", new StringContent("{\"name\": \"x\", \"days\": ", Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(tokensBefore, await app.Database.CountAsync("accounts_api_tokens"));
    }

    [Fact]
    public async Task A_wrongly_typed_field_is_a_bad_request()
    {
        var (client, _) = await app.ClientAsAsync("admin");

        var response = await client.PostAsync("/api/tokens", new StringContent("{\"days\": \"ninety\"}", Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("days", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_rule_breaking_value_names_the_field_and_leaves_nothing_half_written()
    {
        var (client, _) = await app.ClientAsAsync("admin");
        var tokensBefore = await app.Database.CountAsync("accounts_api_tokens");
        var auditBefore = await app.Database.CountAsync("platform_audit_entries");

        await (await client.PostAsJsonAsync("/api/tokens", new { name = "too long", days = 400 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "days");
        await (await client.PostAsJsonAsync("/api/tokens", new { name = new string('n', 101) })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "name");

        Assert.Equal(tokensBefore, await app.Database.CountAsync("accounts_api_tokens"));
        Assert.Equal(auditBefore, await app.Database.CountAsync("platform_audit_entries"));
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_an_unsupported_media_type()
    {
        var (client, _) = await app.ClientAsAsync("admin");

        var response = await client.PostAsync("/api/tokens", new StringContent("name=x", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_rule_breaking_value_is_problem_json_naming_the_JSON_field_even_when_the_caller_accepts_no_JSON()
    {
        var (client, _) = await app.ClientAsAsync("admin");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/tokens") { Content = JsonContent.Create(new { name = "csv", days = 400 }) };
        request.Headers.Accept.ParseAdd("text/csv");

        await (await client.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "days");
    }

    [Fact]
    public async Task A_body_in_a_charset_the_server_does_not_know_is_an_unsupported_media_type_and_writes_nothing()
    {
        var (client, _) = await app.ClientAsAsync("admin");
        var tokensBefore = await app.Database.CountAsync("accounts_api_tokens");
        var content = new StringContent("{\"name\": \"x\"}");
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=nonsense");

        await (await client.PostAsync("/api/tokens", content)).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(tokensBefore, await app.Database.CountAsync("accounts_api_tokens"));
    }

    [Fact]
    public async Task An_upload_form_that_cannot_be_read_is_a_bad_request_naming_the_file_and_imports_nothing()
    {
        var (client, _) = await app.ClientAsAsync("secretariat");
        var importsBefore = await app.Database.CountAsync("datasets_imports");
        var content = new StringContent("--sent-boundary\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nwdi\r\n--sent-boundary--\r\n");
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=declared-boundary");

        await (await client.PostAsync("/api/datasets", content)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "file");
        Assert.Equal(importsBefore, await app.Database.CountAsync("datasets_imports"));
    }

    [Fact]
    public async Task A_null_item_in_a_list_is_a_bad_request_naming_the_list_and_writes_nothing()
    {
        var (client, _) = await app.ClientAsAsync("admin");
        var practicesBefore = await app.Database.CountAsync("knowledge_practices");

        var response = await client.PostAsJsonAsync("/api/practices", Knowledge.PracticeDesk.Practice(("organisation", "Null Aid"), ("principles", new string?[] { null })));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "principles");
        Assert.Equal(practicesBefore, await app.Database.CountAsync("knowledge_practices"));
    }

    [Theory]
    [InlineData("/api/audit?entityId=%00", "entityId")]
    [InlineData("/api/search?q=migra%00tion", "q")]
    [InlineData("/api/pledges?state=MA%01R", "state")]
    public async Task A_query_value_with_a_control_character_is_a_bad_request_naming_the_parameter(string url, string parameter)
    {
        var (client, _) = await app.ClientAsAsync("admin");

        await (await client.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, parameter);
    }

    [Fact]
    public async Task A_method_the_route_does_not_take_is_refused_as_a_problem() =>
        await (await app.CreateClient().DeleteAsync("/api/objectives/1")).ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed);

    [Fact]
    public async Task Health_answers_when_the_database_does()
    {
        var response = await app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
