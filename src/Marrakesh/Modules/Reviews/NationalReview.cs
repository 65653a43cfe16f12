using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;
using Marrakesh.Platform.Versions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Reviews;

/// <summary>
/// A State's voluntary national review for one cycle: a section per objective it addresses and the
/// stakeholders it consulted. Drafted, submitted (the secretariat acknowledges receipt), then published.
/// </summary>
public sealed class NationalReview : IVersionedRecord
{
    public Guid Id { get; init; }
    public required string CycleId { get; init; }
    public required string StateIso3 { get; init; }
    public string Status { get; private set; } = ReviewStatus.Draft;
    /// <summary>Whole-of-society: who was consulted (organisations, groups).</summary>
    public List<string> Consulted { get; set; } = [];
    public DateTime? SubmittedAt { get; private set; }
    public DateTime? AcknowledgedAt { get; private set; }
    public string? AcknowledgedBy { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    public int Version { get; set; } = 1;
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }

    public bool IsPublic => Status == ReviewStatus.Published;

    /// <summary>
    /// Drafts change freely. A published review changes only as a new version with a reason, so its public
    /// history shows what was said before. A submitted one waits for publication.
    /// </summary>
    public void EnsureEditable(string? reason)
    {
        switch (Status)
        {
            case ReviewStatus.Submitted:
                throw new ConflictException("This review is with the secretariat; publish it first, then amend it with a reason.");
            case ReviewStatus.Published when string.IsNullOrWhiteSpace(reason):
                throw new ConflictException("A published review changes only as a new version: send a reason for the change.");
        }
    }

    public void Submit(DateTime at)
    {
        if (Status != ReviewStatus.Draft)
        {
            throw new ConflictException($"This review is already {Status}.");
        }
        (Status, SubmittedAt) = (ReviewStatus.Submitted, at);
    }

    public void Acknowledge(string by, DateTime at)
    {
        if (Status == ReviewStatus.Draft)
        {
            throw new ConflictException("Only a submitted review can be acknowledged.");
        }
        if (AcknowledgedAt is not null)
        {
            throw new ConflictException("Receipt of this review was already acknowledged.");
        }
        (AcknowledgedAt, AcknowledgedBy) = (at, by);
    }

    public void Publish(DateTime at)
    {
        (Status, PublishedAt) = Status switch
        {
            ReviewStatus.Submitted => (ReviewStatus.Published, at),
            ReviewStatus.Draft => throw new ConflictException("Submit the review before publishing it."),
            _ => throw new ConflictException("This review is already published."),
        };
    }
}

/// <summary>What a review says about one objective.</summary>
public sealed class ReviewSection
{
    public long Id { get; init; }
    public Guid ReviewId { get; init; }
    public int Objective { get; init; }
    public required string Status { get; init; }
    public required string Narrative { get; init; }
    public List<string> Evidence { get; init; } = [];
    /// <summary>Indicator values as JSON: [{ "name", "value", "unit", "year" }].</summary>
    public List<IndicatorValue> Indicators { get; init; } = [];
}

/// <summary>An indicator value the State reports.</summary>
/// <param name="Name">What is measured.</param>
/// <param name="Value">The value.</param>
/// <param name="Unit">Unit, e.g. % or persons.</param>
/// <param name="Year">Year the value refers to.</param>
public sealed record IndicatorValue(
    [property: TextLength(ReviewRules.IndicatorNameMax)] string Name, decimal Value,
    [property: TextLength(ReviewRules.IndicatorNameMax)] string? Unit = null, int? Year = null);

public static class ReviewStatus
{
    public const string Draft = "draft";
    public const string Submitted = "submitted";
    public const string Published = "published";
}

internal sealed class NationalReviewConfiguration : IEntityTypeConfiguration<NationalReview>
{
    public void Configure(EntityTypeBuilder<NationalReview> review)
    {
        review.ToTable("reviews_national_reviews");
        review.Property(r => r.CycleId).HasMaxLength(32);
        review.Property(r => r.StateIso3).HasMaxLength(3);
        review.Property(r => r.Status).HasMaxLength(16);
        review.Property(r => r.AcknowledgedBy).HasMaxLength(256);
        review.Property(r => r.Version).IsConcurrencyToken();
        review.HasIndex(r => new { r.CycleId, r.StateIso3 }).IsUnique();
        review.HasOne<ReviewCycle>().WithMany().HasForeignKey(r => r.CycleId).OnDelete(DeleteBehavior.Restrict);
        review.HasOne("Marrakesh.Modules.States.State", null).WithMany().HasForeignKey(nameof(NationalReview.StateIso3)).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReviewSectionConfiguration : IEntityTypeConfiguration<ReviewSection>
{
    public void Configure(EntityTypeBuilder<ReviewSection> section)
    {
        section.ToTable("reviews_sections");
        section.Property(s => s.Status).HasMaxLength(16);
        section.Property(s => s.Narrative).HasMaxLength(ReviewRules.NarrativeMax);
        section.Property(s => s.Indicators).HasJsonConversion();
        section.HasIndex(s => new { s.ReviewId, s.Objective }).IsUnique();
        section.HasOne<NationalReview>().WithMany().HasForeignKey(s => s.ReviewId).OnDelete(DeleteBehavior.Cascade);
    }
}
