using Marrakesh.Modules.Catalogue;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Web;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Hub;

/// <summary>Checks a <see cref="RequestInput"/> and applies its content fields, naming the field at fault; sent means set.</summary>
public sealed class RequestRules(CatalogueContract catalogue)
{
    public async Task ApplyAsync(SupportRequest request, RequestInput input, CancellationToken cancellationToken)
    {
        if (input.Title is not null)
        {
            request.Title = Required(input.Title, "title", SupportRequestConfiguration.TitleMax);
        }
        if (input.Need is not null)
        {
            request.Need = Required(input.Need, "need", SupportRequestConfiguration.NeedMax);
        }
        if (input.Objectives is not null)
        {
            request.Objectives = await ObjectivesAsync(catalogue, input.Objectives, cancellationToken);
        }
        if (input.Languages is not null)
        {
            request.Languages = HubVocabulary.Languages(input.Languages, "languages");
        }
        if (input.Modality is not null)
        {
            request.Modality = OneOfAttribute.Require(input.Modality, HubVocabulary.Modalities, "modality");
        }
        request.StartDate = input.StartDate ?? request.StartDate;
        request.EndDate = input.EndDate ?? request.EndDate;
        if (request.StartDate is { } start && request.EndDate is { } end && end < start)
        {
            throw new InvalidInputException("endDate", $"The end ({end:yyyy-MM-dd}) comes before the start ({start:yyyy-MM-dd}).");
        }
        request.Timeline = input.Timeline is null ? request.Timeline : InputText.Trimmed(input.Timeline, "timeline", 500);
        request.Contact = input.Contact is null ? request.Contact : InputText.Trimmed(input.Contact, "contact", 300);
    }

    public static string Required(string? value, string field, int max) =>
        InputText.Trimmed(value, field, max) ?? throw new InvalidInputException(field, "This field is required.");

    /// <summary>Objective numbers, checked against the catalogue, unique and in order; at least one.</summary>
    public static async Task<List<int>> ObjectivesAsync(CatalogueContract catalogue, List<int>? objectives, CancellationToken cancellationToken)
    {
        if (objectives is not { Count: > 0 })
        {
            throw new InvalidInputException("objectives", "Name at least one objective (1 to 23).");
        }
        foreach (var objective in objectives.Distinct())
        {
            await catalogue.RequireObjectiveActionsAsync(objective, [], "objectives", "objectives", cancellationToken);
        }
        return [.. objectives.Distinct().Order()];
    }
}
