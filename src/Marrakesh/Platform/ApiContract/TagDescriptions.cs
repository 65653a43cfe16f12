using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Marrakesh.Platform.ApiContract;

/// <summary>Describes each group of operations, in the order a reader meets the Compact's work.</summary>
internal sealed class TagDescriptions : IOpenApiDocumentTransformer
{
    private static readonly (string Name, string Description)[] Known =
    [
        ("Catalogue", "The Compact itself: its 23 objectives with their actions, and its 10 guiding principles."),
        ("States", "UN Member States and other areas, with their M49 regions and groupings."),
        ("National implementation plans", "Commitments States make to implement the Compact, drafted by their focal points and published."),
        ("Pledges", "Pledges by States and stakeholders, amended with reasons, with dated progress."),
        ("Review cycles", "The International Migration Review Forum and the regional reviews, with their round tables and summaries."),
        ("Voluntary national reviews", "Reviews States submit for a review cycle, acknowledged and published by the secretariat."),
        ("Fund", "The Migration Multi-Partner Trust Fund: contributions, programmes and the double-entry ledger, also as IATI."),
        ("Connection hub", "Requests for support from States and the offers that answer them."),
        ("Migration data", "Migrant stocks, corridors and indicators imported from the publishers' datasets, as JSON, CSV and SDMX-CSV."),
        ("Practices", "Practices submitted by stakeholders, reviewed and published, with attachments."),
        ("Search", "One search over practices, pledges, commitments and hub requests."),
        ("UN Network on Migration", "The Network's member entities, workstreams and regional and country networks, kept by the secretariat."),
        ("Consultative processes", "Regional consultative processes and the Global Forum on Migration and Development, with their member States."),
        ("Instruments and votes", "Treaties and soft law on migration, States' dated positions on them, the vote on A/RES/73/195 and the Marrakesh record."),
        ("Analysis", "Migration profiles from the imported figures, the fault line, and claims about the Compact checked against the record."),
        ("Accounts", "The caller's account and personal API tokens."),
        ("Audit", "The append-only audit trail of every write, and its hash chain."),
    ];

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var used = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
        // A tag missing from the table stays undescribed, which the lint reports and DocumentingTheApi refuses.
        var tags = Known.Where(k => used.Contains(k.Name)).Select(k => new OpenApiTag { Name = k.Name, Description = k.Description })
            .Concat(used.Except(Known.Select(k => k.Name)).Order(StringComparer.Ordinal).Select(name => new OpenApiTag { Name = name }));
        document.Tags = new HashSet<OpenApiTag>(tags);
        return Task.CompletedTask;
    }
}
