using Marrakesh.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Marrakesh.Modules.Catalogue;

/// <summary>Loads the objectives and guiding principles from Modules/Catalogue/Data (sources in SOURCES.md).</summary>
internal sealed class CatalogueReferenceData(AppDbContext db) : IReferenceData
{
    public string Name => "catalogue";

    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        var objectives = await db.Objectives.ToDictionaryAsync(o => o.Number, cancellationToken);
        foreach (var row in EmbeddedCsv.Read<ObjectiveRow>("objectives.csv"))
        {
            if (!objectives.TryGetValue(row.Number, out var objective))
            {
                objective = new Objective { Number = row.Number, Key = row.Key };
                db.Objectives.Add(objective);
            }
            objective.Key = row.Key;
            objective.ActionsCount = row.ActionsCount;
            // Only English ships today; translations entered later are kept.
            objective.ShortName.En = row.ShortName;
            objective.Title.En = row.OfficialTitle;
            objective.Summary.En = row.Summary;
        }

        var principles = await db.GuidingPrinciples.ToDictionaryAsync(p => p.Key, cancellationToken);
        foreach (var row in EmbeddedCsv.Read<PrincipleRow>("principles.csv"))
        {
            if (!principles.TryGetValue(row.Key, out var principle))
            {
                principle = new GuidingPrinciple { Key = row.Key, Letter = row.Letter };
                db.GuidingPrinciples.Add(principle);
            }
            principle.Letter = row.Letter;
            principle.Name.En = row.Name;
            principle.Summary.En = row.Summary;
        }
        return await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record ObjectiveRow(int Number, string Key, string ShortName, string OfficialTitle, string Summary, int ActionsCount);

    private sealed record PrincipleRow(string Letter, string Key, string Name, string Summary);
}
