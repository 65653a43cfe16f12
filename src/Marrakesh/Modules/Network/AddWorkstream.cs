using Marrakesh.Platform.Data;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Versions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Network;

/// <summary>The secretariat records a workstream of the Network.</summary>
public sealed class AddWorkstream(AppDbContext db, InputValidator validator, RecordHistory history, NetworkContract network)
{
    /// <summary>A new workstream: name and source are required.</summary>
    public sealed record Input : WorkstreamFields, ICreatingInput;

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPost("/workstreams", async Task<Created<WorkstreamOutput>> (Input input, AddWorkstream add, HttpResponse response, CancellationToken ct) =>
        {
            var workstream = await add.ExecuteAsync(input, ct);
            response.Headers.ETag = Platform.Web.Versioning.ETagOf(workstream.Version);
            return TypedResults.Created($"/api/network/workstreams/{workstream.Id}", workstream);
        }).WithName("AddNetworkWorkstream").WithSummary("Record a workstream of the Network (secretariat)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public async Task<WorkstreamOutput> ExecuteAsync(Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var workstream = new NetworkWorkstream { Id = Guid.NewGuid(), Name = input.Name!.Trim(), Source = input.Source!.Trim() };
        await input.ApplyToAsync(workstream, db, network, cancellationToken);
        db.Add(workstream);
        await history.SaveAsync(workstream, NetworkVocabulary.WorkstreamKind, () => WorkstreamOutput.From(workstream), "created", reason: null, cancellationToken);
        return WorkstreamOutput.From(workstream);
    }
}
