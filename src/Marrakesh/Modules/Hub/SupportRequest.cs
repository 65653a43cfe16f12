using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Versions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marrakesh.Modules.Hub;

/// <summary>
/// A State's request for support through the capacity-building mechanism's connection hub (Compact para 43(a)):
/// what it needs, under which objectives, in which languages and how. It moves through the hub's steps to an outcome.
/// </summary>
public sealed class SupportRequest : IVersionedRecord
{
    public Guid Id { get; init; }
    /// <summary>The requesting State (ISO3); its focal points and the secretariat act on the request.</summary>
    public required string StateIso3 { get; init; }
    public List<int> Objectives { get; set; } = [];
    public required string Title { get; set; }
    /// <summary>The need in plain words.</summary>
    public required string Need { get; set; }
    /// <summary>ISO 639-1 codes, preferred first.</summary>
    public List<string> Languages { get; set; } = [];
    public required string Modality { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    /// <summary>The timeline in words, where dates do not say it.</summary>
    public string? Timeline { get; set; }
    /// <summary>Who to contact about the request; private to the State and the secretariat.</summary>
    public string? Contact { get; set; }
    public string Status { get; set; } = HubVocabulary.Submitted;
    public DateTime StatusSince { get; set; }
    /// <summary>On closure: what came of it.</summary>
    public string? Outcome { get; set; }
    /// <summary>On decline: why.</summary>
    public string? DeclineReason { get; set; }
    /// <summary>The State's feedback on the support received.</summary>
    public string? Feedback { get; set; }
    /// <summary>The joint programme proposed to the fund from this request.</summary>
    public Guid? ProgrammeId { get; set; }
    public int Version { get; set; } = 1;
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }

    public bool IsOpen => HubVocabulary.IsOpen(Status);

    /// <summary>One step forward, or declined from any open step; nothing else.</summary>
    public void MoveTo(string to, DateTime at)
    {
        var next = HubVocabulary.StepIndex(Status) + 1;
        var allowed = IsOpen && (to == HubVocabulary.Declined || (next < HubVocabulary.Steps.Count && HubVocabulary.Steps[next] == to));
        if (!allowed)
        {
            throw new DomainRuleException(IsOpen
                ? $"A request that is {Status} moves on to {HubVocabulary.Steps[next]} (or is declined); it cannot become {to}."
                : $"This request is {Status}; it does not move any more.", "to");
        }
        Status = to;
        StatusSince = at;
    }
}

/// <summary>One dated, attributed step of a request: from which status to which, with a note.</summary>
public sealed class SupportRequestStep
{
    public long Id { get; init; }
    public Guid RequestId { get; init; }
    /// <summary>Null for the submission itself.</summary>
    public string? From { get; init; }
    public required string To { get; init; }
    public string? Note { get; init; }
    public required string Actor { get; init; }
    public DateTime At { get; init; }
}

/// <summary>An offer the secretariat engaged for a request: it counts against the offer's capacity while the request is open.</summary>
public sealed class SupportRequestPartner
{
    public Guid RequestId { get; init; }
    public Guid OfferId { get; init; }
    public DateTime At { get; init; }
}

internal sealed class SupportRequestConfiguration : IEntityTypeConfiguration<SupportRequest>
{
    public const int TitleMax = 200;
    public const int NeedMax = 4000;
    public const int NoteMax = 2000;

    public void Configure(EntityTypeBuilder<SupportRequest> request)
    {
        request.ToTable("hub_requests");
        request.Property(r => r.StateIso3).HasMaxLength(3);
        request.Property(r => r.Title).HasMaxLength(TitleMax);
        request.Property(r => r.Need).HasMaxLength(NeedMax);
        request.Property(r => r.Modality).HasMaxLength(32);
        request.Property(r => r.Timeline).HasMaxLength(500);
        request.Property(r => r.Contact).HasMaxLength(300);
        request.Property(r => r.Status).HasMaxLength(32);
        request.Property(r => r.Outcome).HasMaxLength(NoteMax);
        request.Property(r => r.DeclineReason).HasMaxLength(NoteMax);
        request.Property(r => r.Feedback).HasMaxLength(NoteMax);
        request.Property(r => r.Version).IsConcurrencyToken();
        request.Ignore(r => r.IsOpen);
        request.HasIndex(r => new { r.Status, r.StateIso3 });
        request.HasIndex(r => r.CreatedAt);
        request.HasIndex(r => r.ProgrammeId).IsUnique();
    }
}

internal sealed class SupportRequestStepConfiguration : IEntityTypeConfiguration<SupportRequestStep>
{
    public void Configure(EntityTypeBuilder<SupportRequestStep> step)
    {
        step.ToTable("hub_request_steps");
        step.Property(s => s.From).HasMaxLength(32);
        step.Property(s => s.To).HasMaxLength(32);
        step.Property(s => s.Note).HasMaxLength(SupportRequestConfiguration.NoteMax);
        step.Property(s => s.Actor).HasMaxLength(256);
        step.HasIndex(s => new { s.RequestId, s.At });
        step.HasOne<SupportRequest>().WithMany().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SupportRequestPartnerConfiguration : IEntityTypeConfiguration<SupportRequestPartner>
{
    public void Configure(EntityTypeBuilder<SupportRequestPartner> partner)
    {
        partner.ToTable("hub_request_partners");
        partner.HasKey(p => new { p.RequestId, p.OfferId });
        partner.HasIndex(p => p.OfferId);
        partner.HasOne<SupportRequest>().WithMany().HasForeignKey(p => p.RequestId).OnDelete(DeleteBehavior.Cascade);
        partner.HasOne<SupportOffer>().WithMany().HasForeignKey(p => p.OfferId).OnDelete(DeleteBehavior.Restrict);
    }
}
