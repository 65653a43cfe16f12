using System.Security.Claims;
using Marrakesh.Accounts;
using Marrakesh.Modules.States;
using Marrakesh.Platform.Audit;
using Marrakesh.Platform.Data;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Versions;

namespace Marrakesh.Modules.Hub;

/// <summary>
/// Submits a State's request for support. A focal point requests for its own State only; the secretariat may
/// submit on any State's behalf. The submission is the request's first step.
/// </summary>
public sealed class SubmitRequest(AppDbContext db, StatesContract states, RequestRules rules, RecordHistory history, IAuditActor actor)
{
    public const string Kind = "hub-request";

    public async Task<RequestOutput> ExecuteAsync(ClaimsPrincipal user, RequestInput input, CancellationToken cancellationToken)
    {
        var state = await StateAsync(user, input.State, cancellationToken);
        if (input.Feedback is not null)
        {
            throw new InvalidInputException("feedback", "Feedback is given once the request is closed.");
        }
        foreach (var (value, field) in new[] { (input.Title, "title"), (input.Need, "need"), (input.Modality, "modality") })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new InvalidInputException(field, "This field is required.");
            }
        }
        if (input.Objectives is null)
        {
            throw new InvalidInputException("objectives", "Name at least one objective (1 to 23).");
        }
        if (input.Languages is null)
        {
            throw new InvalidInputException("languages", "Name at least one language.");
        }
        var now = history.Now;
        var request = new SupportRequest
        {
            Id = Guid.NewGuid(), StateIso3 = state, Title = "", Need = "", Modality = "", CreatedAt = now, StatusSince = now,
        };
        await rules.ApplyAsync(request, input, cancellationToken);
        db.Set<SupportRequest>().Add(request);
        var step = new SupportRequestStep { RequestId = request.Id, From = null, To = HubVocabulary.Submitted, Actor = actor.Name, At = now };
        db.Set<SupportRequestStep>().Add(step);
        await history.SaveAsync(request, Kind, () => RequestOutput.From(request, [step], [], now, full: true), "created", reason: null, cancellationToken);
        return RequestOutput.From(request, [step], [], now, full: true);
    }

    private async Task<string> StateAsync(ClaimsPrincipal user, string? requested, CancellationToken cancellationToken)
    {
        if (user.IsSecretariat())
        {
            return await states.RequireStateAsync(requested, "state", cancellationToken);
        }
        if (user.IsInRole(Roles.StateFocalPoint) && user.StateIso3() is { } own)
        {
            var state = requested is null ? own : await states.RequireStateAsync(requested, "state", cancellationToken);
            return state == own ? state : throw new ForbiddenException($"You request support for {own} only.");
        }
        throw new ForbiddenException("Requests come from a State's focal points, or from the secretariat on a State's behalf.");
    }
}
