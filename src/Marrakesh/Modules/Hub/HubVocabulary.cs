using System.Globalization;
using Marrakesh.Platform.Errors;

namespace Marrakesh.Modules.Hub;

/// <summary>The hub's words: the steps a request goes through, the kinds of support, who provides it, and languages.</summary>
public static class HubVocabulary
{
    public const string Submitted = "submitted";
    public const string Assessed = "assessed";
    public const string PartnersIdentified = "partners-identified";
    public const string InImplementation = "in-implementation";
    public const string Closed = "closed";
    public const string Declined = "declined";

    /// <summary>The steps in order; a request moves one step at a time, or is declined from any open step.</summary>
    public static readonly IReadOnlyList<string> Steps = [Submitted, Assessed, PartnersIdentified, InImplementation, Closed];
    public static readonly IReadOnlyList<string> Statuses = [.. Steps, Declined];

    /// <summary>Where a status stands among the steps; -1 for declined.</summary>
    public static int StepIndex(string status) => Enumerable.Range(0, Steps.Count).FirstOrDefault(i => Steps[i] == status, -1);

    public static bool IsOpen(string status) => status is not (Closed or Declined);

    public static readonly IReadOnlyList<string> Modalities = ["advice", "training", "peer-exchange", "joint-programme"];
    public static readonly IReadOnlyList<string> ProviderTypes = ["un-network-member", "partner-organisation", "individual-expert"];

    /// <summary>An offer naming this region serves every State.</summary>
    public const string Global = "Global";

    /// <summary>The six official UN languages, always accepted.</summary>
    public static readonly IReadOnlyList<string> UnLanguages = ["ar", "zh", "en", "fr", "ru", "es"];

    /// <summary>
    /// Besides the six UN languages, any ISO 639-1 code the platform's ICU data knows as a language (pt, sw, tr …):
    /// support is often given in a national language. Unknown two-letter codes are refused.
    /// </summary>
    private static readonly HashSet<string> KnownLanguages = [.. UnLanguages, .. CultureInfo.GetCultures(CultureTypes.NeutralCultures)
        .Select(c => c.Name).Where(n => n.Length == 2 && n.All(char.IsAsciiLetterLower))];

    /// <summary>Language codes, lower case, unique, in the order given; at least one.</summary>
    public static List<string> Languages(IEnumerable<string?>? codes, string field)
    {
        var result = new List<string>();
        foreach (var raw in codes ?? [])
        {
            var code = (raw ?? "").Trim().ToLowerInvariant();
            if (!KnownLanguages.Contains(code))
            {
                throw new InvalidInputException(field, $"'{raw}' is not an ISO 639-1 language code; use two letters, e.g. fr, ar, en.");
            }
            if (!result.Contains(code))
            {
                result.Add(code);
            }
        }
        return result.Count > 0 ? result : throw new InvalidInputException(field, "Name at least one language.");
    }
}
