using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Platform.Versions;
using Marrakesh.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Network;

/// <summary>The routes of the Network and of the consultative processes: public reads, the secretariat's writes.</summary>
internal static class NetworkApi
{
    public static void MapNetworkApi(this RouteGroupBuilder api)
    {
        // Not output-cached: the secretariat's changes must show at once.
        var network = api.MapGroup("/network").WithTags("UN Network on Migration").RequireRateLimiting(OpenDataLimits.Policy);
        network.MapGet("/members", async (NetworkQueries q, CancellationToken ct) => TypedResults.Ok(await q.MembersAsync(ct)))
            .WithName("ListNetworkMembers").WithSummary("The Network's members as the platform records them (membershipComplete says whether that is all)");
        network.MapGet("/members.csv", async (NetworkQueries q, CancellationToken ct) =>
            TypedResults.File(NetworkCsv.Members((await q.MembersAsync(ct)).Items), NetworkCsv.MediaType, "network-members.csv"))
            .WithName("ListNetworkMembersCsv").WithSummary("The same list as CSV").Produces<string>(contentType: "text/csv");
        network.MapGet("/members/{acronym}", async Task<Ok<NetworkMemberDetailOutput>> (string acronym, NetworkQueries q, HttpResponse response, CancellationToken ct) =>
        {
            var detail = await q.MemberAsync(acronym, ct);
            return Versioning.OkWithETag(response, detail, detail.Member.Version);
        }).WithName("GetNetworkMember").WithSummary("A member, with the workstreams it leads, its networks, hub offers and fund programmes")
            .ProducesProblem(StatusCodes.Status404NotFound);
        network.MapGet("/members/{acronym}/versions", async (string acronym, NetworkQueries q, RecordHistory history, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(ListOutput<VersionOutput>.Of(await history.VersionsAsync(NetworkVocabulary.MemberKind, (await q.MemberEntityAsync(acronym, ct)).Id, user, ct))))
            .WithName("ListNetworkMemberVersions").WithSummary("Every version of a member's entry, with who, when and why").ProducesProblem(StatusCodes.Status404NotFound);

        network.MapGet("/workstreams", async (NetworkQueries q, CancellationToken ct) => TypedResults.Ok(ListOutput<WorkstreamOutput>.Of(await q.WorkstreamsAsync(ct))))
            .WithName("ListNetworkWorkstreams").WithSummary("The Network's workstreams");
        network.MapGet("/workstreams.csv", async (NetworkQueries q, CancellationToken ct) =>
            TypedResults.File(NetworkCsv.Workstreams(await q.WorkstreamsAsync(ct)), NetworkCsv.MediaType, "network-workstreams.csv"))
            .WithName("ListNetworkWorkstreamsCsv").WithSummary("The same list as CSV").Produces<string>(contentType: "text/csv");
        network.MapGet("/workstreams/{id:guid}", async Task<Ok<WorkstreamOutput>> (Guid id, NetworkQueries q, HttpResponse response, CancellationToken ct) =>
            Versioning.OkWithETag(response, await q.WorkstreamAsync(id, ct)))
            .WithName("GetNetworkWorkstream").WithSummary("A workstream").ProducesProblem(StatusCodes.Status404NotFound);
        network.MapGet("/workstreams/{id:guid}/versions", async (Guid id, NetworkQueries q, RecordHistory history, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(ListOutput<VersionOutput>.Of(await history.VersionsAsync(NetworkVocabulary.WorkstreamKind, (await q.WorkstreamAsync(id, ct)).Id, user, ct))))
            .WithName("ListNetworkWorkstreamVersions").WithSummary("Every version of a workstream").ProducesProblem(StatusCodes.Status404NotFound);

        network.MapGet("/country-networks", async (string? state, NetworkQueries q, CancellationToken ct) =>
            TypedResults.Ok(ListOutput<CountryNetworkOutput>.Of(await q.CountryNetworksAsync(state, ct))))
            .WithName("ListCountryNetworks").WithSummary("The Network's regional and country networks (filter state)").ProducesProblem(StatusCodes.Status400BadRequest);
        network.MapGet("/country-networks.csv", async (string? state, NetworkQueries q, CancellationToken ct) =>
            TypedResults.File(NetworkCsv.CountryNetworks(await q.CountryNetworksAsync(state, ct)), NetworkCsv.MediaType, "country-networks.csv"))
            .WithName("ListCountryNetworksCsv").WithSummary("The same list as CSV").Produces<string>(contentType: "text/csv").ProducesProblem(StatusCodes.Status400BadRequest);
        network.MapGet("/country-networks/{id:guid}", async Task<Ok<CountryNetworkOutput>> (Guid id, NetworkQueries q, HttpResponse response, CancellationToken ct) =>
            Versioning.OkWithETag(response, await q.CountryNetworkAsync(id, ct)))
            .WithName("GetCountryNetwork").WithSummary("A regional or country network").ProducesProblem(StatusCodes.Status404NotFound);
        network.MapGet("/country-networks/{id:guid}/versions", async (Guid id, NetworkQueries q, RecordHistory history, ClaimsPrincipal user, CancellationToken ct) =>
            TypedResults.Ok(ListOutput<VersionOutput>.Of(await history.VersionsAsync(NetworkVocabulary.CountryNetworkKind, (await q.CountryNetworkAsync(id, ct)).Id, user, ct))))
            .WithName("ListCountryNetworkVersions").WithSummary("Every version of a regional or country network").ProducesProblem(StatusCodes.Status404NotFound);

        var writes = network.MapGroup("").RequireAuthorization(Policies.Secretariat)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        AddNetworkMember.Map(writes);
        ChangeNetworkMember.Map(writes);
        AddWorkstream.Map(writes);
        ChangeWorkstream.Map(writes);
        AddCountryNetwork.Map(writes);
        ChangeCountryNetwork.Map(writes);

        var processes = api.MapGroup("/consultative-processes").WithTags("Consultative processes")
            .CacheOutput(ReferenceCache.Policy).RequireRateLimiting(OpenDataLimits.Policy);
        processes.MapGet("/", async (string? state, string? kind, NetworkQueries q, CancellationToken ct) =>
            TypedResults.Ok(ListOutput<ConsultativeProcessOutput>.Of(await q.ProcessesAsync(state, kind, ct))))
            .WithName("ListConsultativeProcesses")
            .WithSummary("Regional consultative processes and the Global Forum on Migration and Development (filters state, kind)")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/consultative-processes.csv", async (string? state, string? kind, NetworkQueries q, CancellationToken ct) =>
            TypedResults.File(NetworkCsv.Processes(await q.ProcessesAsync(state, kind, ct)), NetworkCsv.MediaType, "consultative-processes.csv"))
            .WithTags("Consultative processes").CacheOutput(ReferenceCache.Policy).RequireRateLimiting(OpenDataLimits.Policy)
            .WithName("ListConsultativeProcessesCsv").WithSummary("The same list as CSV").Produces<string>(contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        processes.MapGet("/{key}", async (string key, NetworkQueries q, CancellationToken ct) => TypedResults.Ok(await q.ProcessAsync(key, ct)))
            .WithName("GetConsultativeProcess").WithSummary("One process by key, e.g. rabat-process").ProducesProblem(StatusCodes.Status404NotFound);
    }
}
