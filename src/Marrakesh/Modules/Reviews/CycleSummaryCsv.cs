using System.Globalization;
using CsvHelper;
using Marrakesh.Platform.Text;

namespace Marrakesh.Modules.Reviews;

/// <summary>
/// The dashboard figures as one long CSV table (measure, key, label, value), so a spreadsheet can pivot
/// them: one row per figure, the same figures as the JSON summary.
/// </summary>
internal static class CycleSummaryCsv
{
    public static string Write(CycleSummaryOutput summary)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = new CsvWriter(text, CultureInfo.InvariantCulture);
        void Row(string measure, string key, string label, object value)
        {
            csv.WriteField(CsvCell.Inert(measure));
            csv.WriteField(CsvCell.Inert(key));
            csv.WriteField(CsvCell.Inert(label));
            csv.WriteField(CsvCell.Inert(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
            csv.NextRecord();
        }
        Row("measure", "key", "label", "value");
        Row("states-expected", summary.Cycle.Id, summary.Cycle.DueFrom, summary.StatesExpected);
        Row("reviews-submitted", summary.Cycle.Id, "submitted, not yet published", summary.ReviewsSubmitted);
        Row("reviews-published", summary.Cycle.Id, "published", summary.ReviewsPublished);
        foreach (var report in summary.Reported)
        {
            Row("review-status", report.State, report.Name, report.Status);
            Row("review-objectives", report.State, report.Name, string.Join(' ', report.Objectives));
        }
        foreach (var state in summary.NotYetReported)
        {
            Row("review-status", state, "", "not-reported");
        }
        foreach (var c in summary.Coverage)
        {
            Row("reviews-covering-objective", c.Objective.ToString(CultureInfo.InvariantCulture), c.ShortName, c.Reviews);
        }
        Row("pledges-total", "", $"made by {summary.PledgesAsOf}", summary.Pledges.Total);
        foreach (var c in summary.Pledges.ByActorType)
        {
            Row("pledges-by-actor-type", c.Key, "", c.Count);
        }
        foreach (var c in summary.Pledges.ByObjective)
        {
            Row("pledges-by-objective", c.Key, "", c.Count);
        }
        foreach (var c in summary.Pledges.ByObjectiveAndActorType)
        {
            Row("pledges-by-objective-and-actor-type", $"{c.Objective}/{c.ActorType}", "", c.Count);
        }
        foreach (var a in summary.Pledges.Financial)
        {
            Row("pledged-amount", a.Currency, $"{a.Pledges} financial pledges", a.Amount);
        }
        foreach (var c in summary.PublishedCommitmentsByObjective)
        {
            Row("published-commitments-by-objective", c.Key, "", c.Count);
        }
        csv.Flush();
        return text.ToString();
    }
}
