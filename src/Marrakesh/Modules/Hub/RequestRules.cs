using System.Globalization;
using Marrakesh.Platform.Localization;
using Marrakesh.Platform.Errors;
using Marrakesh.Platform.Validation;

namespace Marrakesh.Modules.Hub;

/// <summary>
/// Applies validated <see cref="RequestFields"/> to a request (sent means set; left out keeps the stored value) and
/// checks what only the whole request can tell: its dates, the stored and the sent together, are in order.
/// </summary>
internal static class RequestRules
{
    public const int TimelineMax = 500;
    public const int ContactMax = 300;

    public static void Apply(SupportRequest request, RequestFields input)
    {
        request.Title = input.Title?.Trim() ?? request.Title;
        request.Need = input.Need?.Trim() ?? request.Need;
        request.Objectives = input.Objectives is { } objectives ? [.. objectives.Distinct().Order()] : request.Objectives;
        request.Languages = input.Languages is { } languages ? Languages.Codes(languages) : request.Languages;
        request.Modality = OneOfAttribute.Canonical(input.Modality, HubVocabulary.Modalities) ?? request.Modality;
        request.StartDate = input.StartDate ?? request.StartDate;
        request.EndDate = input.EndDate ?? request.EndDate;
        if (request.StartDate is { } start && request.EndDate is { } end && end < start)
        {
            throw new InvalidInputException("endDate", EndBeforeStart(start, end));
        }
        // Sent means set: an empty text clears the field; left out keeps it.
        request.Timeline = input.Timeline is null ? request.Timeline : Blank(input.Timeline);
        request.Contact = input.Contact is null ? request.Contact : Blank(input.Contact);
    }

    /// <summary>The text trimmed, or null when nothing is left.</summary>
    public static string? Blank(string? text) => text?.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    public static string EndBeforeStart(DateOnly start, DateOnly end) =>
        ValidationText.Get("EndBeforeStart", end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
