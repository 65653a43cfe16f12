using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Versions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Knowledge;

/// <summary>
/// A practice shared in the repository of practices (the global knowledge platform, GCM para 43(a)):
/// written by a State, a stakeholder or a UN entity, reviewed by the secretariat, public once published.
/// </summary>
public sealed class Practice : IVersionedRecord
{
    public Guid Id { get; init; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    /// <summary>The body as the author wrote it, in Markdown; rendered to sanitised HTML on read.</summary>
    public required string Body { get; set; }
    /// <summary>ar, zh, en, fr, ru or es: the language the practice is written in.</summary>
    public required string Language { get; set; }
    public List<string> Countries { get; set; } = [];
    public List<int> Objectives { get; set; } = [];
    public List<string> Principles { get; set; } = [];
    public required string Organisation { get; set; }
    public required string OrganisationType { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    public List<string> Links { get; set; } = [];
    public string Status { get; private set; } = PracticeStatus.Submitted;
    /// <summary>The account that submitted it.</summary>
    public required string AuthorId { get; init; }
    /// <summary>For a focal point's practice: the State, whose focal points may edit it.</summary>
    public string? OwnerState { get; init; }
    /// <summary>For a stakeholder's practice: the organisation, whose stakeholders may edit it.</summary>
    public string? OwnerOrganisation { get; init; }
    public DateTime? PublishedAt { get; private set; }
    public int Version { get; set; } = 1;
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }

    public bool IsPublic => Status == PracticeStatus.Published;

    /// <summary>Authors edit while the practice waits for review or for their changes; anything else is settled.</summary>
    public void EnsureEditable()
    {
        if (Status is not (PracticeStatus.Submitted or PracticeStatus.ChangesRequested))
        {
            throw new DomainRuleException($"This practice is {Status}; only a submitted practice or one with changes requested can be edited.");
        }
    }

    /// <summary>
    /// The review workflow: submitted → in-review → changes-requested (back to the author, whose edit resubmits)
    /// → published or rejected. Returns the step taken.
    /// </summary>
    public PracticeStep Decide(string decision, string? comment, string actor, DateTime at)
    {
        var to = (decision, Status) switch
        {
            (ReviewDecision.StartReview, PracticeStatus.Submitted) => PracticeStatus.InReview,
            (ReviewDecision.RequestChanges, PracticeStatus.InReview) => PracticeStatus.ChangesRequested,
            (ReviewDecision.Publish, PracticeStatus.InReview) => PracticeStatus.Published,
            (ReviewDecision.Reject, PracticeStatus.InReview) => PracticeStatus.Rejected,
            _ => throw new DomainRuleException($"A practice that is {Status} cannot take the decision {decision}."),
        };
        if (to == PracticeStatus.Published)
        {
            PublishedAt = at;
        }
        return MoveTo(to, comment, actor, at);
    }

    /// <summary>An author's edit after changes were requested sends the practice back for review.</summary>
    public PracticeStep? Resubmit(string actor, DateTime at) =>
        Status == PracticeStatus.ChangesRequested ? MoveTo(PracticeStatus.Submitted, "Changes made.", actor, at) : null;

    private PracticeStep MoveTo(string to, string? comment, string actor, DateTime at)
    {
        var step = new PracticeStep { PracticeId = Id, From = Status, To = to, Comment = comment, Actor = actor, At = at };
        Status = to;
        return step;
    }
}

/// <summary>One dated, attributed step of a practice's review.</summary>
public sealed class PracticeStep
{
    public long Id { get; init; }
    public Guid PracticeId { get; init; }
    /// <summary>Null for the submission itself.</summary>
    public string? From { get; init; }
    public required string To { get; init; }
    public string? Comment { get; init; }
    public required string Actor { get; init; }
    public DateTime At { get; init; }
}

public static class PracticeStatus
{
    public const string Submitted = "submitted";
    public const string InReview = "in-review";
    public const string ChangesRequested = "changes-requested";
    public const string Published = "published";
    public const string Rejected = "rejected";

    public static readonly IReadOnlyList<string> All = [Submitted, InReview, ChangesRequested, Published, Rejected];
}

public static class ReviewDecision
{
    public const string StartReview = "start-review";
    public const string RequestChanges = "request-changes";
    public const string Publish = "publish";
    public const string Reject = "reject";

    public static readonly IReadOnlyList<string> All = [StartReview, RequestChanges, Publish, Reject];
}

internal sealed class PracticeConfiguration : IEntityTypeConfiguration<Practice>
{
    public void Configure(EntityTypeBuilder<Practice> practice)
    {
        practice.ToTable("knowledge_practices");
        practice.Property(p => p.Title).HasMaxLength(PracticeRules.TitleMax);
        practice.Property(p => p.Summary).HasMaxLength(PracticeRules.SummaryMax);
        practice.Property(p => p.Body).HasMaxLength(PracticeRules.BodyMax);
        practice.Property(p => p.Language).HasMaxLength(2);
        practice.Property(p => p.Organisation).HasMaxLength(200);
        practice.Property(p => p.OrganisationType).HasMaxLength(32);
        practice.Property(p => p.Status).HasMaxLength(24);
        practice.Property(p => p.AuthorId).HasMaxLength(450);
        practice.Property(p => p.OwnerState).HasMaxLength(3);
        practice.Property(p => p.OwnerOrganisation).HasMaxLength(200);
        practice.Property(p => p.Version).IsConcurrencyToken();
        practice.HasIndex(p => new { p.Status, p.PublishedAt });
        practice.HasIndex(p => p.OrganisationType);
    }
}

internal sealed class PracticeStepConfiguration : IEntityTypeConfiguration<PracticeStep>
{
    public void Configure(EntityTypeBuilder<PracticeStep> step)
    {
        step.ToTable("knowledge_practice_steps");
        step.Property(s => s.From).HasMaxLength(24);
        step.Property(s => s.To).HasMaxLength(24);
        step.Property(s => s.Comment).HasMaxLength(PracticeRules.CommentMax);
        step.Property(s => s.Actor).HasMaxLength(256);
        step.HasIndex(s => s.PracticeId);
        step.HasOne<Practice>().WithMany().HasForeignKey(s => s.PracticeId).OnDelete(DeleteBehavior.Cascade);
    }
}
