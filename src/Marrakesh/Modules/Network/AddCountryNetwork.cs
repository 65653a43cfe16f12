using Marrakesh.Platform.Data;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Versions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Marrakesh.Modules.Network;

/// <summary>The secretariat records a regional or country network of the Network.</summary>
public sealed class AddCountryNetwork(AppDbContext db, InputValidator validator, RecordHistory history, NetworkContract network)
{
    /// <summary>A new network: scope and source are required, and a State (country) or a region (regional).</summary>
    public sealed record Input : CountryNetworkFields, ICreatingInput;

    public static void Map(RouteGroupBuilder writes) =>
        writes.MapPost("/country-networks", async Task<Created<CountryNetworkOutput>> (Input input, AddCountryNetwork add, HttpResponse response, CancellationToken ct) =>
        {
            var added = await add.ExecuteAsync(input, ct);
            response.Headers.ETag = Platform.Web.Versioning.ETagOf(added.Version);
            return TypedResults.Created($"/api/network/country-networks/{added.Id}", added);
        }).WithName("AddCountryNetwork").WithSummary("Record a regional or country network (secretariat)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public async Task<CountryNetworkOutput> ExecuteAsync(Input input, CancellationToken cancellationToken)
    {
        await validator.ValidateAsync(input, cancellationToken);
        var added = new CountryNetwork { Id = Guid.NewGuid(), Scope = NetworkVocabulary.CountryScope, Source = input.Source!.Trim() };
        await input.ApplyToAsync(added, db, network, cancellationToken);
        db.Add(added);
        await history.SaveAsync(added, NetworkVocabulary.CountryNetworkKind, () => CountryNetworkOutput.From(added), "created", reason: null, cancellationToken);
        return CountryNetworkOutput.From(added);
    }
}
