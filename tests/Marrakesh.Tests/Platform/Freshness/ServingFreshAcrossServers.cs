using System.Globalization;
using System.Net;
using System.Text;
using Marrakesh.Platform.Freshness;
using Marrakesh.Tests.Datasets;
using Marrakesh.Tests.Hub;
using Marrakesh.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Marrakesh.Tests.Platform.Freshness;

/// <summary>
/// A write on server A, or by the CLI beside it, is served by server B within five seconds (issue 21, ADR 0017). Each test
/// first has B answer (and cache) the old state, so a B that never learnt of the write would keep serving it.
/// </summary>
public sealed class ServingFreshAcrossServers(TwoServers servers) : IClassFixture<TwoServers>
{
    private MarrakeshApp A => servers.A;
    private MarrakeshApp B => servers.B;

    private static byte[] Indicator(string code, double value) => Encoding.UTF8.GetBytes(
        "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2020\",\n"
        + $"\"Morocco\",\"MAR\",\"Freshness test\",\"{code}\",\"{value.ToString(CultureInfo.InvariantCulture)}\",\n");

    private async Task<double?> ValueOnBAsync(string code)
    {
        var response = await B.CreateClient().GetAsync($"/api/indicators/{code}?state=MAR");
        return response.StatusCode == HttpStatusCode.OK
            ? (await response.ShouldBeJsonAsync()).Items().Single().GetProperty("value").GetDouble()
            : null;
    }

    [Fact]
    public async Task An_import_by_the_CLI_is_served_by_a_running_server()
    {
        (await A.ImportAsync(Indicator("FRESH.CLI", 1.5), "API_FRESH.CLI.csv", "wdi", "--revision", "cli")).ShouldSucceed();
        await TwoServers.WithinPromiseAsync(async () => await ValueOnBAsync("FRESH.CLI") == 1.5, "the first import");

        (await A.ImportAsync(Indicator("FRESH.CLI", 2.5), "API_FRESH.CLI.csv", "wdi", "--revision", "cli")).ShouldSucceed();

        await TwoServers.WithinPromiseAsync(async () => await ValueOnBAsync("FRESH.CLI") == 2.5, "the replacing import");
    }

    [Fact]
    public async Task An_upload_to_one_server_is_served_by_the_other()
    {
        var (secretariat, _) = await A.ClientAsAsync("secretariat");
        async Task UploadAsync(double value)
        {
            using var form = new MultipartFormDataContent
            {
                { new ByteArrayContent(Indicator("FRESH.UPLOAD", value)), "file", "API_FRESH.UPLOAD.csv" },
                { new StringContent("wdi"), "kind" },
                { new StringContent("upload"), "revision" },
            };
            (await secretariat.PostAsync("/api/datasets", form)).EnsureSuccessStatusCode();
        }
        await UploadAsync(10);
        await TwoServers.WithinPromiseAsync(async () => await ValueOnBAsync("FRESH.UPLOAD") == 10, "the first upload");

        await UploadAsync(20);

        await TwoServers.WithinPromiseAsync(async () => await ValueOnBAsync("FRESH.UPLOAD") == 20, "the replacing upload");
    }

    [Fact]
    public async Task An_offer_registered_on_one_server_is_matched_on_the_other()
    {
        var onA = (await A.ClientAsAsync("secretariat")).Client;
        var onB = B.ClientWithToken(onA.DefaultRequestHeaders.Authorization!.Parameter!);
        var request = HubCalls.Id(await HubCalls.SubmitAsync(onA, HubCalls.Request(("objectives", new[] { 19 }))));
        var first = HubCalls.Id(await onA.RegisterAsync(HubCalls.Offer(("provider", "UNDP"), ("objectives", new[] { 19 }))));
        async Task<List<string?>> MatchedOnBAsync() =>
            (await (await onB.GetAsync($"/api/hub/requests/{request}/matches")).ShouldBeJsonAsync()).Items().Select(i => i.GetProperty("offerId").GetString()).ToList();
        await TwoServers.WithinPromiseAsync(async () => (await MatchedOnBAsync()).SequenceEqual([first]), "the first offer");

        var second = HubCalls.Id(await onA.RegisterAsync(HubCalls.Offer(("provider", "UNHCR"), ("objectives", new[] { 19 }))));

        await TwoServers.WithinPromiseAsync(async () => (await MatchedOnBAsync()).Contains(second), "the second offer");
    }

    [Fact]
    public async Task A_practice_published_on_one_server_is_found_by_the_other()
    {
        var marker = $"freshness{Guid.NewGuid():N}"[..20];
        async Task<int> FoundOnBAsync() =>
            (await (await B.CreateClient().GetAsync($"/api/search?q={marker}")).ShouldBeJsonAsync()).GetProperty("total").GetInt32();
        Assert.Equal(0, await FoundOnBAsync());

        var secretariat = (await A.ClientAsAsync("secretariat")).Client;
        await Knowledge.PracticeDesk.PublishedAsync(A, secretariat, ("title", $"Desks that answer {marker}"));

        await TwoServers.WithinPromiseAsync(async () => await FoundOnBAsync() == 1, "the published practice");
    }

    [Fact]
    public async Task A_reference_refresh_by_the_CLI_is_served_by_a_running_server()
    {
        var url = $"/api/states/NZL?freshness={Guid.NewGuid():N}"; // nothing cached for it yet
        async Task<string?> NameOnBAsync() => (await (await B.CreateClient().GetAsync(url)).ShouldBeJsonAsync()).GetProperty("name").GetString();
        var name = (await (await A.CreateClient().GetAsync("/api/states/NZL")).ShouldBeJsonAsync()).GetProperty("name").GetString();
        // Changed behind the app's back: nothing tells the servers. B reads it once, and then serves it from its cache.
        await A.Database.ExecuteRawAsync("""UPDATE states_states SET "Name_En" = 'Aotearoa (stale)' WHERE "Iso3" = 'NZL'""");
        Assert.Equal("Aotearoa (stale)", await NameOnBAsync());

        (await A.RunCliAsync("migrate")).ShouldSucceed(); // puts the reference name back, and moves the reference topic on

        await TwoServers.WithinPromiseAsync(async () => await NameOnBAsync() == name, "the refreshed name");
    }

    [Fact]
    public async Task A_token_revoked_on_one_server_is_refused_by_the_other()
    {
        var (onA, _) = await A.ClientAsAsync("stakeholder", organisation: "Freshness Watch");
        var onB = B.ClientWithToken(onA.DefaultRequestHeaders.Authorization!.Parameter!);
        (await onB.GetAsync("/api/me")).EnsureSuccessStatusCode();
        var id = (await (await onA.GetAsync("/api/tokens")).ShouldBeJsonAsync()).Items().Single().GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NoContent, (await onA.DeleteAsync($"/api/tokens/{id}")).StatusCode);

        await TwoServers.WithinPromiseAsync(async () => (await onB.GetAsync("/api/me")).StatusCode == HttpStatusCode.Unauthorized, "the revocation");
    }

    [Fact]
    public async Task Scheduled_work_is_leased_to_one_server_at_a_time()
    {
        var work = $"test-{Guid.NewGuid():N}";
        await using var scopeA = A.Services.CreateAsyncScope();
        await using var scopeB = B.Services.CreateAsyncScope();
        var onA = scopeA.ServiceProvider.GetRequiredService<ScheduledWorkLease>();
        var onB = scopeB.ServiceProvider.GetRequiredService<ScheduledWorkLease>();

        Assert.True(await onA.TryAcquireAsync(work, CancellationToken.None));
        Assert.False(await onB.TryAcquireAsync(work, CancellationToken.None));
        Assert.True(await onA.TryAcquireAsync(work, CancellationToken.None)); // renewing
        await onA.ReleaseAsync(work, CancellationToken.None);

        Assert.True(await onB.TryAcquireAsync(work, CancellationToken.None));
        Assert.False(await onA.TryAcquireAsync(work, CancellationToken.None));
    }
}
