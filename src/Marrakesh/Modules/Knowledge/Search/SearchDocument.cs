using Marrakesh.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Knowledge.Search;

/// <summary>
/// One thing search can find: a published practice, a pledge, a published commitment or national review, an
/// objective or a State. <see cref="Title"/> and <see cref="Text"/> are shown; <see cref="TitleTerms"/> and
/// <see cref="TextTerms"/> are what the full-text index reads (see <see cref="SearchText"/>). Derived data,
/// rebuilt at will, so not audited.
/// </summary>
public sealed class SearchDocument : INotAudited
{
    public long Id { get; init; }
    /// <summary>practice, pledge, commitment, review, objective or state.</summary>
    public required string Type { get; init; }
    /// <summary>The thing's own id or code.</summary>
    public required string Key { get; init; }
    public required string Title { get; set; }
    public required string Text { get; set; }
    public required string TitleTerms { get; set; }
    public required string TextTerms { get; set; }
    public required string Language { get; set; }
    public required string Url { get; set; }
    public List<SearchFacet> Facets { get; init; } = [];
}

/// <summary>A value a document is filtered and counted by that it may have several of: objective, region.</summary>
public sealed class SearchFacet : INotAudited
{
    public long DocumentId { get; init; }
    public required string Facet { get; init; }
    public required string Value { get; init; }
}

public static class SearchTypes
{
    public const string Practice = "practice";
    public const string Pledge = "pledge";
    public const string Commitment = "commitment";
    public const string Review = "review";
    public const string Objective = "objective";
    public const string State = "state";

    public static readonly IReadOnlyList<string> All = [Practice, Pledge, Commitment, Review, Objective, State];
}

internal sealed class SearchDocumentConfiguration : IEntityTypeConfiguration<SearchDocument>
{
    public void Configure(EntityTypeBuilder<SearchDocument> document)
    {
        document.ToTable("knowledge_search_documents");
        document.Property(d => d.Type).HasMaxLength(16);
        document.Property(d => d.Key).HasMaxLength(64);
        document.Property(d => d.Language).HasMaxLength(2);
        document.Property(d => d.Url).HasMaxLength(200);
        document.HasIndex(d => new { d.Type, d.Key }).IsUnique();
        document.HasMany(d => d.Facets).WithOne().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SearchFacetConfiguration : IEntityTypeConfiguration<SearchFacet>
{
    public void Configure(EntityTypeBuilder<SearchFacet> facet)
    {
        facet.ToTable("knowledge_search_facets");
        facet.HasKey(f => new { f.DocumentId, f.Facet, f.Value });
        facet.Property(f => f.Facet).HasMaxLength(16);
        facet.Property(f => f.Value).HasMaxLength(64);
        facet.HasIndex(f => new { f.Facet, f.Value, f.DocumentId });
    }
}
