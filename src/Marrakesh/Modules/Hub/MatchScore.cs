using System.Globalization;
using System.Text;
using static Marrakesh.Modules.States.StatesContract;

namespace Marrakesh.Modules.Hub;

/// <summary>
/// The hub's matching score, out of 100, and its reasons: pure and deterministic, so the same record always gives the
/// same ranking and every point can be explained (docs/adr/0008-hub-matching.md).
/// </summary>
public sealed class MatchScore
{
    public const int Objectives = 30;
    public const int TopicEach = 10;
    public const int TopicsMax = 20;
    public const int Language = 15;
    public const int SubRegion = 15;
    public const int Region = 10;
    public const int Commission = 10;
    public const int Global = 5;
    public const int Modality = 10;
    public const int Available = 5;
    public const int CapacityMax = 5;
    public const int CapacityFull = -20;

    private readonly SupportRequest request;
    private readonly StatePlace? place;
    private readonly string words;
    private readonly Dictionary<string, string> topicWords = new(StringComparer.Ordinal);
    private readonly DateOnly windowStart;
    private readonly DateOnly windowEnd;

    /// <param name="request">The request being matched.</param>
    /// <param name="place">The requesting State's regions.</param>
    /// <param name="today">Today, for a request without dates.</param>
    public MatchScore(SupportRequest request, StatePlace? place, DateOnly today)
    {
        this.request = request;
        this.place = place;
        words = Words($"{request.Title} {request.Need}");
        windowStart = request.StartDate ?? today;
        windowEnd = request.EndDate ?? (request.StartDate is { } start && start > today ? start : windowStart);
    }

    /// <summary>The offer's score and the reasons, each with its points.</summary>
    /// <param name="offer">The candidate.</param>
    /// <param name="engagedElsewhere">Open requests, other than this one, that the offer is engaged for.</param>
    public (int Score, List<string> Reasons) Of(SupportOffer offer, int engagedElsewhere)
    {
        var reasons = new List<string>();
        return (Score(offer, engagedElsewhere, reasons), reasons);
    }

    /// <summary>The score alone: ranking thousands of offers writes the reasons only for those shown.</summary>
    public int Of(SupportOffer offer, int engagedElsewhere, bool withoutReasons) => withoutReasons ? Score(offer, engagedElsewhere, null) : Of(offer, engagedElsewhere).Score;

    private int Score(SupportOffer offer, int engagedElsewhere, List<string>? reasons)
    {
        var score = 0;
        void Add(int points, string why)
        {
            score += points;
            reasons?.Add(string.Create(CultureInfo.InvariantCulture, $"{why} ({(points >= 0 ? "+" : "")}{points})"));
        }

        var shared = request.Objectives.Count(offer.Objectives.Contains);
        if (shared > 0)
        {
            Add((int)Math.Round(Objectives * (double)shared / request.Objectives.Count, MidpointRounding.AwayFromZero),
                reasons is null ? "" : $"objectives {string.Join(", ", request.Objectives.Where(offer.Objectives.Contains))} shared");
        }
        var topics = offer.Topics.Count(Found);
        if (topics > 0)
        {
            Add(Math.Min(TopicsMax, TopicEach * topics), reasons is null ? "" : $"topics {string.Join(", ", offer.Topics.Where(Found))} found in the request");
        }
        if (request.Languages.Any(offer.Languages.Contains))
        {
            Add(Language, reasons is null ? "" : $"languages {string.Join(", ", request.Languages.Where(offer.Languages.Contains))} shared");
        }
        if (RegionPoints(offer) is { Points: > 0 } region)
        {
            Add(region.Points, reasons is null ? "" : $"region {region.Name}");
        }
        if (offer.Modality == request.Modality)
        {
            Add(Modality, reasons is null ? "" : $"modality {offer.Modality}");
        }
        var available = (offer.AvailableFrom is null || offer.AvailableFrom <= windowEnd) && (offer.AvailableUntil is null || offer.AvailableUntil >= windowStart);
        Add(available ? Available : 0, available ? "available during the timeline" : "not available during the timeline");
        var left = offer.Capacity - engagedElsewhere;
        Add(left > 0 ? (int)Math.Round(CapacityMax * (double)left / offer.Capacity, MidpointRounding.AwayFromZero) : CapacityFull,
            reasons is null ? "" : left > 0 ? $"capacity {left} of {offer.Capacity} free" : $"capacity full: {engagedElsewhere} of {offer.Capacity} engaged");
        return score;
    }

    /// <summary>Whether a topic occurs as whole words in the request; phrases are normalised once per topic text.</summary>
    private bool Found(string topic)
    {
        if (!topicWords.TryGetValue(topic, out var normalised))
        {
            normalised = Words(topic);
            topicWords[topic] = normalised;
        }
        return normalised.Length > 1 && words.Contains(normalised, StringComparison.Ordinal);
    }

    /// <summary>The best regional fit: sub-region or intermediate region, then region or regional commission, then Global.</summary>
    private (int Points, string Name) RegionPoints(SupportOffer offer)
    {
        var best = (Points: 0, Name: "");
        foreach (var name in offer.Regions)
        {
            var points = place is null ? 0
                : Same(name, place.SubRegion) || Same(name, place.IntermediateRegion) ? SubRegion
                : Same(name, place.Region) ? Region
                : place.Commissions.Any(c => Same(name, c)) ? Commission
                : Same(name, HubVocabulary.Global) ? Global
                : 0;
            if (points > best.Points)
            {
                best = (points, name);
            }
        }
        return best;
    }

    private static bool Same(string a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>Text as " word word … ": lower case, letters and digits only, single spaces, so a phrase matches on whole words.</summary>
    public static string Words(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append(' ');
        foreach (var c in text)
        {
            var space = builder[^1] == ' ';
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (!space)
            {
                builder.Append(' ');
            }
        }
        return builder[^1] == ' ' ? builder.ToString() : builder.Append(' ').ToString();
    }
}
